package amconfig

import (
	_ "embed"
	"encoding/json"
	"slices"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	opsmodel "github.com/magicunicorn/ops-center-monitoring/model"
)

// ExpectationsPath is what test-alerts.sh reads beside itself: the rendered
// environment's alerts with their receivers, so the script needs no Go checkout.
const ExpectationsPath = "monitoring/alerting/test-alerts.expectations.json"

// ExpectedAlert is one alert of the environment with where it must be delivered.
type ExpectedAlert struct {
	Name         string            `json:"name"`
	Severity     string            `json:"severity"`
	Service      string            `json:"service"`
	Labels       map[string]string `json:"labels"`
	Receiver     string            `json:"receiver"`
	Integrations []string          `json:"integrations"`
}

// Inhibition is one firing alert and the lower alerts it must suppress.
type Inhibition struct {
	Source     string   `json:"source"`
	Suppressed []string `json:"suppressed"`
}

// Expectations is what test-alerts.sh must see on a running stack of Environment.
type Expectations struct {
	Environment string `json:"environment"`
	// Notifications is the environment's mode: "sink" (deliveries readable at the
	// notification sink) or "real" (proved from Alertmanager's own counters).
	Notifications string `json:"notifications"`
	GroupWait     string `json:"group_wait"`
	// GroupIntervalSeconds: an alert joining a group that has already notified is
	// sent at the group's next interval, up to this long after it arrives.
	GroupIntervalSeconds int             `json:"group_interval_seconds"`
	Alerts               []ExpectedAlert `json:"alerts"`
	Inhibitions          []Inhibition    `json:"inhibitions"`
}

// BuildExpectations lists each alert of env's catalog with its receiver and
// integrations, and one inhibition scenario per inhibiting service and severity.
func BuildExpectations(env opsmodel.Environment) Expectations {
	list := alerts.All(alerts.ForEnvironment(alerts.Catalog(), env))
	t := env.TimingProfile()
	out := Expectations{Environment: env.Name, Notifications: env.Notifications, GroupWait: t.GroupWait.String(),
		GroupIntervalSeconds: int(t.GroupInterval.Seconds())}
	for _, a := range list {
		rcv := ReceiverFor(a.Severity)
		out.Alerts = append(out.Alerts, ExpectedAlert{Name: a.Name, Severity: string(a.Severity), Service: string(a.Service),
			Labels: a.AllLabels(), Receiver: rcv, Integrations: Integrations(rcv)})
	}
	// The first alert of each service and severity that has something to inhibit,
	// so the script proves every rule without posting everything.
	seen := map[string]bool{}
	for _, src := range list {
		key := string(src.Service) + "/" + string(src.Severity)
		if seen[key] {
			continue
		}
		if suppressed := suppressedBy(src, list); len(suppressed) > 0 {
			seen[key] = true
			out.Inhibitions = append(out.Inhibitions, Inhibition{Source: src.Name, Suppressed: suppressed})
		}
	}
	// Every alert that supersedes others is a source too, so each of those rules
	// is proved.
	for _, src := range list {
		if len(src.Supersedes) == 0 || slices.ContainsFunc(out.Inhibitions, func(in Inhibition) bool { return in.Source == src.Name }) {
			continue
		}
		if suppressed := suppressedBy(src, list); len(suppressed) > 0 {
			out.Inhibitions = append(out.Inhibitions, Inhibition{Source: src.Name, Suppressed: suppressed})
		}
	}
	return out
}

// suppressedBy names the alerts of list that src inhibits while it fires.
func suppressedBy(src alerts.Alert, list []alerts.Alert) []string {
	var out []string
	for _, dst := range list {
		if Inhibits(Labels(src), Labels(dst)) {
			out = append(out, dst.Name)
		}
	}
	return out
}

func expectationsFile(env opsmodel.Environment) ([]byte, error) {
	b, err := json.MarshalIndent(BuildExpectations(env), "", "  ")
	return append(b, '\n'), err
}

// TestScriptPath is where test-alerts.sh is rendered, beside its expectations, so
// any environment's rendering (render -out DIR) carries both to a host.
const TestScriptPath = "monitoring/alerting/test-alerts.sh"

// The script is kept as a .sh file so it reads, and lints, as what runs.
//
//go:embed scripts/test-alerts.sh
var testScript []byte
