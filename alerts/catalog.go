// Package alerts is the one catalog of alerting and recording rules. Every alert is a
// typed value with its runbook and its tests; render/rules, render/amconfig and
// render/runbook derive the Prometheus rules, promtool tests, Alertmanager routing and
// docs/ALERT_RUNBOOK.md from it. It holds production `for` values; renderers scale
// them with the environment's model.Timings.
package alerts

import "github.com/magicunicorn/ops-center-monitoring/model"

// Catalog returns every alert, grouped by concern (the rule groups).
func Catalog() []Group {
	return []Group{
		{Name: "availability", Alerts: availabilityAlerts()},
		{Name: "api", Alerts: apiAlerts()},
		{Name: "resources", Alerts: append(resourceAlerts(), hostCoverageAlerts()...)},
		{Name: "data", Alerts: append(dataAlerts(), datastoreAlerts()...)},
		{Name: "platform", Alerts: platformAlerts()},
		{Name: "meta", Alerts: metaAlerts()},
		{Name: "probes", Alerts: probeAlerts()},
		{Name: "targets", Alerts: targetAlerts()},
		{Name: "slo", Alerts: sloAlerts()},
	}
}

// All flattens groups into their alerts, in order.
func All(groups []Group) []Alert {
	var out []Alert
	for _, g := range groups {
		out = append(out, g.Alerts...)
	}
	return out
}

// ForEnvironment keeps the alerts whose scrape jobs all exist in env, and drops
// groups left empty. An alert over a job the environment never scrapes (Keycloak
// locally) would otherwise report the absence forever.
func ForEnvironment(groups []Group, env model.Environment) []Group {
	jobs := map[string]bool{}
	for _, j := range env.Jobs() {
		jobs[j.Name] = true
	}
	var out []Group
	for _, g := range groups {
		kept := Group{Name: g.Name}
		for _, a := range g.Alerts {
			if hasJobs(jobs, a.Jobs) {
				kept.Alerts = append(kept.Alerts, a)
			}
		}
		if len(kept.Alerts) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

func hasJobs(have map[string]bool, need []string) bool {
	for _, j := range need {
		if !have[j] {
			return false
		}
	}
	return true
}
