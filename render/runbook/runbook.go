// Package runbook renders docs/ALERT_RUNBOOK.md from the alert catalog: one section
// per alert in the request's format, under headings whose anchors the alerts'
// runbook_url annotations link to.
package runbook

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Path is where the runbook is written, relative to the repository root.
const Path = "docs/ALERT_RUNBOOK.md"

// Files renders the runbook. It documents the whole catalog, not one environment's
// subset, so the links in every environment's alerts resolve; it says which alerts
// env deploys, exactly those of its rules (alerts.ForEnvironment), at the top and
// in each section.
func Files(env model.Environment) (map[string][]byte, error) {
	groups := alerts.Catalog()
	if err := alerts.Validate(groups, alerts.RecordingRules()); err != nil {
		return nil, fmt.Errorf("alert catalog: %w", err)
	}
	deployed := map[string]bool{}
	for _, a := range alerts.All(alerts.ForEnvironment(groups, env)) {
		deployed[a.Name] = true
	}
	var b bytes.Buffer
	b.WriteString("<!-- Generated from the Go alert catalog (alerts/) by render/runbook. Do not edit: change the Go and re-render. -->\n")
	b.WriteString("# Ops-Center Alert Runbook\n\n")
	b.WriteString("One section per alert. Severity decides who is notified: critical pages (PagerDuty, Slack, email), " +
		"high goes to Slack and email, medium to Slack only. While a higher-severity alert fires for a service, " +
		"its lower-severity alerts about the same thing are inhibited: alerts that name a resource only within " +
		"that resource (disk, memory, cpu, certificate, connections; notifications, rules, tsdb, cluster and the like " +
		"for the monitoring pipeline), one filesystem, one host and one Redis, so a full disk never mutes a " +
		"memory warning, nor one host's alert another host's, nor the Lago Redis's outage the cache Redis's alerts. " +
		"Burn-rate alerts inhibit nothing; a threshold alert inhibits its SLO's slow burn, of its own severity " +
		"(HighErrorRate, HighAPILatency: see their sections). `for` durations are production values.\n\n")
	fmt.Fprintf(&b, "This rendering is %s's: it deploys %d of the catalog's %d alerts, those of its rules. "+
		"The others, struck through below, read a scrape job %s does not run; they are documented for the "+
		"environments that do (`opsmon render -env NAME -out DIR` renders another environment's runbook).\n\n",
		env.Name, len(deployed), len(alerts.All(groups)), env.Name)
	for _, g := range groups {
		fmt.Fprintf(&b, "- %s:", g.Name)
		for _, a := range g.Alerts {
			if deployed[a.Name] {
				fmt.Fprintf(&b, " [%s](#%s)", a.Name, a.RunbookAnchor())
			} else {
				fmt.Fprintf(&b, " ~~[%s](#%s)~~", a.Name, a.RunbookAnchor())
			}
		}
		b.WriteString("\n")
	}
	supersededBy := map[string][]alerts.Alert{}
	for _, a := range alerts.All(groups) {
		for _, n := range a.Supersedes {
			supersededBy[n] = append(supersededBy[n], a)
		}
	}
	for _, a := range alerts.All(groups) {
		section(&b, env, a, deployed[a.Name], supersededBy[a.Name])
	}
	return map[string][]byte{Path: b.Bytes()}, nil
}

func section(b *bytes.Buffer, env model.Environment, a alerts.Alert, deployed bool, supersededBy []alerts.Alert) {
	fmt.Fprintf(b, "\n## %s\n\n", a.Name)
	if deployed {
		fmt.Fprintf(b, "Deployed in %s.\n\n", env.Name)
	} else {
		fmt.Fprintf(b, "**Not deployed in %s**: %s does not scrape every job it reads (%s).\n\n", env.Name, env.Name, strings.Join(a.Jobs, ", "))
	}
	fmt.Fprintf(b, "Severity: **%s** · Service: `%s` · For: %s · Dashboard: [%s](%s)\n\n",
		a.Severity, a.Service, a.For, a.DashboardUID, alerts.DashboardURL(env.Grafana.URL, a.DashboardUID))
	fmt.Fprintf(b, "Expression: `%s`\n\n", a.Expr)
	fmt.Fprintf(b, "**Description**: %s\n\n", a.Runbook.Description)
	b.WriteString("**Impact**:\n")
	for _, s := range a.Runbook.Impact {
		fmt.Fprintf(b, "- %s\n", s)
	}
	b.WriteString("\n**Diagnosis**:\n")
	for i, s := range a.Runbook.Diagnosis {
		fmt.Fprintf(b, "%d. %s\n", i+1, s)
	}
	b.WriteString("\n**Resolution**:\n")
	for i, s := range a.Runbook.Resolution {
		fmt.Fprintf(b, "%d. %s\n", i+1, s)
	}
	fmt.Fprintf(b, "\n**Escalation**: %s\n", a.Runbook.Escalation)
	if len(a.Supersedes) > 0 {
		fmt.Fprintf(b, "\n**While it fires**, Alertmanager inhibits %s of the same environment: %s\n", strings.Join(a.Supersedes, ", "), a.SupersedesWhy)
	}
	for _, o := range supersededBy {
		fmt.Fprintf(b, "\n**Inhibited while %s fires** (same environment): %s\n", o.Name, o.SupersedesWhy)
	}
}
