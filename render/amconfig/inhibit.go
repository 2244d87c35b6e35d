package amconfig

import (
	"github.com/magicunicorn/ops-center-monitoring/alerts"
	opsmodel "github.com/magicunicorn/ops-center-monitoring/model"
)

// inhibition: while a higher-severity alert fires for a service (and host resource),
// its lower-severity alerts do not notify (one page per disk, not three). Burn-rate
// alerts (label slo) never inhibit: the symptom alerts under them say what is wrong.
type inhibition struct {
	source  alerts.Severity
	targets []alerts.Severity
}

var inhibitions = []inhibition{
	{source: alerts.SeverityCritical, targets: []alerts.Severity{alerts.SeverityHigh, alerts.SeverityMedium}},
	{source: alerts.SeverityHigh, targets: []alerts.Severity{alerts.SeverityMedium}},
}

// inhibitEqual: only alerts of the same environment, about the same service, on the
// same host, the same Redis, the same host resource and the same filesystem inhibit
// each other: a full / does not mute a filling /data, one host's memory another
// host's, the Lago Redis's outage the cache Redis's misses, nor staging's outage
// production's alerts. An alert without one of these labels matches only another
// without it.
var inhibitEqual = []string{opsmodel.EnvironmentLabel, "service", opsmodel.HostLabel, "redis", alerts.ResourceLabel, "mountpoint"}

func inhibitRules() []inhibitRule {
	var out []inhibitRule
	for _, in := range inhibitions {
		targets := make([]string, len(in.targets))
		for i, s := range in.targets {
			targets[i] = string(s)
		}
		out = append(out, inhibitRule{
			SourceMatchers: []string{matcher("severity", string(in.source)), matcher(alerts.SLOLabel, "")},
			TargetMatchers: []string{matcherRe("severity", targets...)},
			Equal:          inhibitEqual,
		})
	}
	return out
}

// Inhibits reports whether a firing alert with source labels suppresses notifications
// of an alert with target labels, by the same rules the config holds.
func Inhibits(source, target map[string]string) bool {
	if source[alerts.SLOLabel] != "" {
		return false
	}
	for _, in := range inhibitions {
		if source["severity"] != string(in.source) {
			continue
		}
		for _, t := range in.targets {
			if target["severity"] == string(t) && equalOn(source, target, inhibitEqual) {
				return true
			}
		}
	}
	return false
}

func equalOn(a, b map[string]string, labels []string) bool {
	for _, l := range labels {
		if a[l] != b[l] {
			return false
		}
	}
	return true
}
