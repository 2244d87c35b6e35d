package grafana

import (
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
)

// Secrets are references to sensitive variables; nothing secret is in the repo.
type Secrets struct {
	SlackWebhookURL, PagerDutyKey, WatchdogURL string
}

// sinkURL is where the local notification sink records deliveries per integration.
func sinkURL(kind, receiver string) string {
	return "http://" + model.NotificationSink + ":9095/" + kind + "/" + receiver
}

// Receivers are Alertmanager's receivers, which Grafana mirrors as contact points.
var Receivers = []string{amconfig.ReceiverCritical, amconfig.ReceiverHigh, amconfig.ReceiverMedium, amconfig.ReceiverWatchdog}

// ContactPointID is the construct id of a receiver's contact point.
func ContactPointID(receiver string) string { return "contact-point-" + receiver }

// ContactPoints mirror the Alertmanager receivers: the same names and the same
// integrations per receiver (amconfig.Integrations), so either engine notifies
// the same people the same way.
func ContactPoints(env model.Environment, s Secrets) []Resource {
	sink := env.Notifications == "sink"
	var out []Resource
	for _, receiver := range Receivers {
		attrs := map[string]any{"name": receiver}
		for _, kind := range amconfig.Integrations(receiver) {
			switch kind {
			case amconfig.KindSlack:
				url := s.SlackWebhookURL
				if sink {
					url = sinkURL(kind, receiver)
				}
				attrs["slack"] = []any{map[string]any{
					"url": url, "recipient": "#ops-center-alerts",
					"title": tmpl("ops.slack.title"), "text": tmpl("ops.slack.text"),
				}}
			case amconfig.KindPagerDuty:
				pd := map[string]any{
					"integration_key": s.PagerDutyKey, "severity": "critical",
					"summary": tmpl("ops.pagerduty.summary"), "client": "Ops-Center Grafana",
				}
				if sink {
					pd["integration_key"] = "local-sink"
					pd["url"] = sinkURL(kind, receiver)
				}
				attrs["pagerduty"] = []any{pd}
			case amconfig.KindEmail:
				attrs["email"] = []any{map[string]any{
					"addresses": []any{env.Email.To}, "single_email": true,
					"subject": tmpl("ops.email.subject"), "message": tmpl("ops.email.message"),
				}}
			case amconfig.KindWebhook:
				url := s.WatchdogURL
				if sink {
					url = sinkURL(kind, receiver)
				}
				attrs["webhook"] = []any{map[string]any{"url": url}}
			}
		}
		out = append(out, Resource{Type: "grafana_contact_point", ID: ContactPointID(receiver), Attrs: attrs})
	}
	return out
}

func tmpl(name string) string { return `{{ template "` + name + `" . }}` }
