// Package model is the one typed description of the monitoring stack: the environments
// it deploys to, the containers it runs, the services it watches and the scrape jobs
// that connect them. Stacks, rendered config files, docs and tests are all derived
// from it. It is plain Go: no cdktf, no jsii, so its tests run in milliseconds.
package model
