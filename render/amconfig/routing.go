package amconfig

import (
	"time"

	"github.com/prometheus/common/model"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	opsmodel "github.com/magicunicorn/ops-center-monitoring/model"
)

// GroupBy is how alerts are batched into one notification. The environment is part
// of every group, and so of PagerDuty's dedup key (Alertmanager's group key): a
// staging resolve can never close a production incident.
var GroupBy = []string{opsmodel.EnvironmentLabel, "alertname", "severity", "service"}

// routedSeverities are routed in this order; anything else falls to the root
// receiver, so an alert with a mistyped severity still reaches people.
var routedSeverities = []alerts.Severity{alerts.SeverityNone, alerts.SeverityCritical, alerts.SeverityHigh, alerts.SeverityMedium}

func build(env opsmodel.Environment) amConfig {
	t := env.TimingProfile()
	root := route{
		Receiver:       ReceiverFor(alerts.SeverityHigh),
		GroupBy:        GroupBy,
		GroupWait:      dur(model.Duration(t.GroupWait)),
		GroupInterval:  dur(model.Duration(t.GroupInterval)),
		RepeatInterval: dur(model.Duration(t.RepeatInterval)),
	}
	for _, sev := range routedSeverities {
		r := route{Receiver: ReceiverFor(sev), Matchers: []string{matcher("severity", string(sev))}}
		if sev == alerts.SeverityNone {
			// The heartbeat must arrive continuously: resend it every group interval.
			r.GroupWait = dur(0)
			r.RepeatInterval = dur(model.Duration(t.GroupInterval))
		}
		root.Routes = append(root.Routes, r)
	}
	var receivers []receiver
	for _, sev := range routedSeverities {
		receivers = append(receivers, buildReceiver(env, ReceiverFor(sev)))
	}
	return amConfig{
		Templates:    []string{templateGlob},
		Route:        root,
		InhibitRules: inhibitRules(),
		Receivers:    receivers,
	}
}

// Receiver names, one per severity.
const (
	ReceiverCritical = "ops-critical"
	ReceiverHigh     = "ops-high"
	ReceiverMedium   = "ops-medium"
	ReceiverWatchdog = "watchdog"
)

// ReceiverFor is the receiver an alert of this severity is routed to.
func ReceiverFor(sev alerts.Severity) string {
	switch sev {
	case alerts.SeverityCritical:
		return ReceiverCritical
	case alerts.SeverityMedium:
		return ReceiverMedium
	case alerts.SeverityNone:
		return ReceiverWatchdog
	default:
		return ReceiverHigh
	}
}

// Integration kinds, as the notification sink names them.
const (
	KindPagerDuty = "pagerduty"
	KindSlack     = "slack"
	KindEmail     = "email"
	KindWebhook   = "webhook"
)

// Integrations are the kinds a receiver delivers through: critical pages, high
// goes to Slack and email, medium to Slack only, the Watchdog to its webhook.
func Integrations(receiver string) []string {
	switch receiver {
	case ReceiverCritical:
		return []string{KindPagerDuty, KindSlack, KindEmail}
	case ReceiverHigh:
		return []string{KindSlack, KindEmail}
	case ReceiverMedium:
		return []string{KindSlack}
	case ReceiverWatchdog:
		return []string{KindWebhook}
	}
	return nil
}

// DeliveryBound is the longest Alertmanager may hold a new alert before notifying.
func DeliveryBound(env opsmodel.Environment) time.Duration { return env.TimingProfile().GroupWait }
