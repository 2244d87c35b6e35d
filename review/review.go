// Package review compares the monitoring model at two checkouts (snapshots taken by
// review/snapshot) and writes what a reviewer must know as Markdown: alerts and who
// they reach, routing, scrape jobs, dashboard panels and the containers a deploy
// replaces, with data at risk flagged. Changes identical in several environments are
// written once, naming the environments when not all of them.
package review

import (
	"fmt"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/review/snapshot"
)

// Sections, in the order they are written.
const (
	secAlerts     = "Alerts"
	secRouting    = "Routing"
	secJobs       = "Scrape jobs"
	secDashboards = "Dashboards"
	secContainers = "Containers"
)

var sections = []string{secAlerts, secRouting, secJobs, secDashboards, secContainers}

// item is one change: a headline with detail bullets, and the environments it is in
// (none for what does not vary by environment).
type item struct {
	section, head string
	details       []string
	data          bool
	envs          []string
}

func (it item) key() string {
	return it.section + "\x00" + it.head + "\x00" + strings.Join(it.details, "\x00")
}

// Markdown compares base with head; baseName and headName title the summary.
func Markdown(baseName, headName string, base, head snapshot.Snapshot) (string, error) {
	if base.Format != head.Format {
		return "", fmt.Errorf("snapshot formats differ (base %d, head %d): take both with the same review/snapshot", base.Format, head.Format)
	}
	items := dashboardChanges(base.Dashboards, head.Dashboards)
	var envNames []string
	seen := map[string]int{}
	baseEnvs := map[string]snapshot.Environment{}
	for _, e := range base.Environments {
		baseEnvs[e.Name] = e
	}
	for _, h := range head.Environments {
		envNames = append(envNames, h.Name)
		b := baseEnvs[h.Name]
		for _, it := range environmentChanges(b, h) {
			if i, ok := seen[it.key()]; ok {
				items[i].envs = append(items[i].envs, h.Name)
				continue
			}
			it.envs = []string{h.Name}
			seen[it.key()] = len(items)
			items = append(items, it)
		}
	}
	return write(baseName, headName, items, len(envNames)), nil
}

func environmentChanges(base, head snapshot.Environment) []item {
	var out []item
	out = append(out, alertChanges(base.Alerts, head.Alerts)...)
	out = append(out, routingChanges(base.Routing, head.Routing)...)
	out = append(out, jobChanges(base.Jobs, head.Jobs)...)
	return append(out, containerChanges(base.Containers, head.Containers)...)
}
