// Package backenddoc renders docs/BACKEND_CALL_SITES.md: for every metric family of
// the FastAPI exporter, the backend call that feeds it, where the call belongs, and
// the alerts and dashboard panels that read it, from model.BackendCalls, the alert
// catalog and the dashboards' own queries.
package backenddoc

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/lint"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Path is where the table is written, relative to the repository root.
const Path = "docs/BACKEND_CALL_SITES.md"

// Files renders the call-site table; it does not vary by environment.
func Files(model.Environment) (map[string][]byte, error) {
	readers, err := readersByFamily()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("<!-- Generated from model.BackendCalls, the alert catalog and the dashboards by render/backenddoc. Do not edit: change the Go and re-render. -->\n")
	b.WriteString("# Backend call sites\n\n")
	b.WriteString("Each `ops_center_*` metric exists only once the Ops-Center backend makes the call that feeds it. " +
		"`instrument(app)` is the one-line baseline; every other call is added by hand where the table says. " +
		"Until then the alerts and panels in the last column stay silent or empty. " +
		"How to install and call the package: [FASTAPI_INTEGRATION.md](FASTAPI_INTEGRATION.md).\n\n")
	b.WriteString("| Metric | Call | Where to call it | Read by |\n|---|---|---|---|\n")
	for _, c := range model.BackendCalls() {
		for _, f := range c.Families {
			fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s |\n", f, cell(c.Call), cell(c.Where), strings.Join(readers[f], "; "))
		}
	}
	b.WriteString("\n## Alerts silent until the backend makes a call\n\n")
	b.WriteString("These alerts read only metrics that a call beyond `instrument(app)` feeds; `go test ./alerts` names them, so a new one cannot slip in unnoticed.\n\n")
	for _, d := range alerts.NeedsBackendCalls(alerts.Catalog(), alerts.RecordingRules()) {
		calls := make([]string, len(d.Calls))
		for i, c := range d.Calls {
			calls[i] = "`" + cell(c) + "`"
		}
		fmt.Fprintf(&b, "- [%s](ALERT_RUNBOOK.md#%s): %s\n", d.Alert, strings.ToLower(d.Alert), strings.Join(calls, ", "))
	}
	return map[string][]byte{Path: b.Bytes()}, nil
}

// readersByFamily maps each metric family to "alert X" and "dashboard / panel"
// entries, reading alerts through their recording rules.
func readersByFamily() (map[string][]string, error) {
	recording := alerts.RecordingRules()
	out := map[string][]string{}
	add := func(expr, who string) {
		for _, m := range alerts.SourceMetrics(expr, recording) {
			f := model.FamilyOf(m)
			if !slices.Contains(out[f], who) {
				out[f] = append(out[f], who)
			}
		}
	}
	for _, a := range alerts.All(alerts.Catalog()) {
		add(a.Expr, "alert "+a.Name)
	}
	queries, err := lint.AllQueries()
	if err != nil {
		return nil, err
	}
	for _, q := range queries {
		add(lint.Expand(q.Expr, lint.LiveValues), q.DashboardUID+" / "+q.Panel)
	}
	return out, nil
}

// cell keeps a value inside one Markdown table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
