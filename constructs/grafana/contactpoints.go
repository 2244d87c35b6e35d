package grafana

import (
	"github.com/aws/jsii-runtime-go"

	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/contactpoint"
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
func ContactPoints(env model.Environment, s Secrets) []Decl[contactpoint.ContactPointConfig] {
	sink := env.Notifications == "sink"
	var out []Decl[contactpoint.ContactPointConfig]
	for _, receiver := range Receivers {
		cp := &contactpoint.ContactPointConfig{Name: jsii.String(receiver)}
		for _, kind := range amconfig.Integrations(receiver) {
			switch kind {
			case amconfig.KindSlack:
				url := s.SlackWebhookURL
				if sink {
					url = sinkURL(kind, receiver)
				}
				cp.Slack = &[]*contactpoint.ContactPointSlack{{
					Url: jsii.String(url), Recipient: jsii.String(env.SlackChannel()),
					Title: jsii.String(tmpl("ops.slack.title")), Text: jsii.String(tmpl("ops.slack.text")),
				}}
			case amconfig.KindPagerDuty:
				pd := &contactpoint.ContactPointPagerduty{
					IntegrationKey: jsii.String(s.PagerDutyKey), Severity: jsii.String("critical"),
					Summary: jsii.String(tmpl("ops.pagerduty.summary")), Client: jsii.String("Ops-Center Grafana"),
				}
				if sink {
					pd.IntegrationKey = jsii.String("local-sink")
					pd.Url = jsii.String(sinkURL(kind, receiver))
				}
				cp.Pagerduty = &[]*contactpoint.ContactPointPagerduty{pd}
			case amconfig.KindEmail:
				cp.Email = &[]*contactpoint.ContactPointEmail{{
					Addresses: jsii.Strings(env.Email.To), SingleEmail: jsii.Bool(true),
					Subject: jsii.String(tmpl("ops.email.subject")), Message: jsii.String(tmpl("ops.email.message")),
				}}
			case amconfig.KindWebhook:
				url := s.WatchdogURL
				if sink {
					url = sinkURL(kind, receiver)
				}
				cp.Webhook = &[]*contactpoint.ContactPointWebhook{{Url: jsii.String(url)}}
			}
		}
		out = append(out, Decl[contactpoint.ContactPointConfig]{ID: ContactPointID(receiver), Config: cp})
	}
	return out
}

func tmpl(name string) string { return `{{ template "` + name + `" . }}` }
