// Package checks holds repository-level tests: the pull-request workflow is valid
// and calls only Makefile targets that exist, and every command the setup guide
// tells an operator to run is one the Makefile provides or the tests run.
package checks
