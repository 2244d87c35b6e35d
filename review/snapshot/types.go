// Package snapshot reduces the monitoring model of one checkout to plain, comparable
// values: the alerts with the receivers they reach, Alertmanager's routing, the scrape
// jobs, the dashboards' panels and the host containers of every environment. The
// review tool takes one at the base ref and one at HEAD and compares them.
//
// It is run inside an old checkout too (review/cmd/snapshot copied there), so it uses
// only the model's long-standing exported API.
package snapshot

// Format changes when a field is added or its meaning changes: snapshots of
// different formats are not compared.
const Format = 1

// Snapshot is the monitoring model of one checkout.
type Snapshot struct {
	Format       int
	Dashboards   []Dashboard
	Environments []Environment
}

// Environment holds what varies by environment.
type Environment struct {
	Name       string
	Alerts     []Alert
	Routing    Routing
	Jobs       []Job
	Containers []Container
}

// Alert is one alerting rule as the catalog states it (production `for`; fast
// timing profiles scale it) and the receivers its labels are routed to.
type Alert struct {
	Group, Name, Expr, For, Severity string
	// Labels are the static labels the rule adds, severity excepted.
	Labels    map[string]string
	Receivers []string
}

// Routing is Alertmanager's configuration as it decides who is told.
type Routing struct {
	Routes      []Route
	Receivers   []Receiver
	Inhibitions []Inhibition
	// Templates maps each notification template definition to its body.
	Templates map[string]string
}

// Route is one node of the route tree; Path says where ("root", "root.1").
type Route struct {
	Path, Receiver, Matchers, GroupBy, Timings string
	Continue                                   bool
}

// Receiver lists its integrations, e.g. "slack #ops-center-alerts".
type Receiver struct {
	Name         string
	Integrations []string
}

// Inhibition is one inhibit rule, rendered as its matchers.
type Inhibition struct {
	Source, Target, Equal string
}

// Job is one scrape job with its targets ("address {label=value}").
type Job struct {
	Name, Probe, MetricsPath string
	Targets                  []string
}

// Dashboard is one dashboard's identity and panels.
type Dashboard struct {
	UID, Title, Folder string
	Panels             []Panel
}

// Panel is what a reader of the dashboard sees change. Key is unique within the
// dashboard: the row and title, numbered when repeated.
type Panel struct {
	Key, Type, Unit string
	Queries         []string
	Thresholds      string
}

// Container is one host container. Fields are the attributes whose change makes the
// docker provider replace the container; Memory is updated in place. DataVolumes are
// the named volumes it mounts (its data).
type Container struct {
	Name        string
	Fields      map[string]string
	Memory      int
	DataVolumes []string
}
