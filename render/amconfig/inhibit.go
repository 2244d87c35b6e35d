package amconfig

import (
	"slices"
	"sync"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	opsmodel "github.com/magicunicorn/ops-center-monitoring/model"
)

// inhibition: while a higher-severity alert fires for a service (and host resource),
// its lower-severity alerts do not notify (one page per disk, not three). Burn-rate
// alerts (label slo) never inhibit: the symptom alerts under them say what is wrong.
// An alert also inhibits those it supersedes (alerts.Alert.Supersedes).
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

// supersedeEqual: a superseding alert inhibits only within its own environment
// and service.
var supersedeEqual = []string{opsmodel.EnvironmentLabel, "service"}

// supersedes is the catalog's Supersedes, by alert name; built once, as Inhibits
// is asked it for every pair of alerts.
var supersedes = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, a := range alerts.All(alerts.Catalog()) {
		if len(a.Supersedes) > 0 {
			out[a.Name] = a.Supersedes
		}
	}
	return out
})

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
	// After the severity rules: Alertmanager names as the inhibitor the source of
	// the first rule that mutes an alert, and a higher tier is the cause to name.
	sup := supersedes()
	names := make([]string, 0, len(sup))
	for n := range sup {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		out = append(out, inhibitRule{
			SourceMatchers: []string{matcher("alertname", n)},
			TargetMatchers: []string{matcherRe("alertname", sup[n]...)},
			Equal:          supersedeEqual,
		})
	}
	return out
}

// Inhibits reports whether a firing alert with source labels suppresses notifications
// of an alert with target labels, by the same rules the config holds. The labels
// hold alertname, as Alertmanager's do (Labels).
func Inhibits(source, target map[string]string) bool {
	if slices.Contains(supersedes()[source["alertname"]], target["alertname"]) && equalOn(source, target, supersedeEqual) {
		return true
	}
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

// Labels are a catalog alert's labels as Alertmanager holds them: alertname too.
func Labels(a alerts.Alert) map[string]string {
	l := a.AllLabels()
	l["alertname"] = a.Name
	return l
}
