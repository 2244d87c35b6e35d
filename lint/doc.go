// Package lint checks the dashboards the way dashboard-linter's core rules would
// (it cannot be installed here), plus what only this project knows: every metric
// a panel names is one the stack exports. The checks run as Go tests; the query
// list and the variable expansion are exported for the live test against Prometheus.
package lint
