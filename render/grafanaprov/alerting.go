package grafanaprov

import (
	"fmt"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
)

// Grafana's notification templates, one per integration; each names the environment. Grafana passes the same
// data as Alertmanager (.Status, .Alerts, .CommonLabels) plus each alert's
// DashboardURL, set from the rule's __dashboardUid__ annotation.
var messageTemplates = []struct{ name, text string }{
	{"ops.slack", `{{ define "ops.slack.title" }}[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ len .Alerts.Firing }}{{ end }}] {{ .CommonLabels.environment }}: {{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }}, {{ .CommonLabels.service }}){{ end }}
{{ define "ops.slack.text" }}{{ range .Alerts }}*{{ .Annotations.summary }}* ({{ .Labels.environment }})
{{ .Annotations.description }}
Runbook: {{ .Annotations.runbook_url }}{{ if .DashboardURL }} | Dashboard: {{ .DashboardURL }}{{ end }}
{{ end }}{{ end }}`},
	{"ops.email", `{{ define "ops.email.subject" }}[{{ .Status | toUpper }}] {{ .CommonLabels.environment }}: {{ .CommonLabels.severity }}: {{ .CommonLabels.alertname }} on {{ .CommonLabels.service }}{{ end }}
{{ define "ops.email.message" }}{{ range .Alerts }}{{ .Annotations.summary }}
Environment: {{ .Labels.environment }}
{{ .Annotations.description }}
Started: {{ .StartsAt }}
Runbook: {{ .Annotations.runbook_url }}
{{ if .DashboardURL }}Dashboard: {{ .DashboardURL }}
{{ end }}
{{ end }}{{ end }}`},
	{"ops.pagerduty", `{{ define "ops.pagerduty.summary" }}[{{ .CommonLabels.environment }}] {{ .CommonLabels.alertname }}: {{ .CommonAnnotations.summary }} ({{ .CommonLabels.service }}){{ end }}`},
}

// Receivers are Alertmanager's receivers, which Grafana mirrors as contact points.
var Receivers = []string{amconfig.ReceiverCritical, amconfig.ReceiverHigh, amconfig.ReceiverMedium, amconfig.ReceiverWatchdog}

// sinkURL is where the local notification sink records deliveries per integration.
func sinkURL(kind, receiver string) string {
	return "http://" + model.NotificationSink + ":9095/" + kind + "/" + receiver
}

func tmpl(name string) string { return `{{ template "` + name + `" . }}` }

// alerting is the grafana engine's templates and contact points: the same
// names and integrations per receiver as Alertmanager's (amconfig.Integrations),
// so either engine notifies the same people the same way. Each URL or key is
// read from Grafana's secrets volume; with the notification sink, the sink's
// addresses, which are no secret.
func alerting(env model.Environment) (Alerting, error) {
	org := orgID(env)
	a := Alerting{APIVersion: provisioningVersion}
	for _, t := range messageTemplates {
		a.Templates = append(a.Templates, Template{OrgID: org, Name: t.name, Template: t.text})
	}
	sink := env.Notifications == "sink"
	secret := func(name, kind, receiver string) string {
		if sink {
			return sinkURL(kind, receiver)
		}
		return secretRef(name)
	}
	var to []string
	for _, addr := range strings.Split(env.Email.To, ",") {
		if addr = strings.TrimSpace(addr); addr != "" {
			to = append(to, addr)
		}
	}
	addresses, err := literal("email.to", strings.Join(to, ";"))
	if err != nil {
		return Alerting{}, err
	}
	channel, err := literal("slack.channel", env.SlackChannel())
	if err != nil {
		return Alerting{}, err
	}
	for _, receiver := range Receivers {
		cp := ContactPoint{OrgID: org, Name: receiver}
		for _, kind := range amconfig.Integrations(receiver) {
			r := Receiver{UID: receiver + "-" + kind, Type: kind}
			switch kind {
			case amconfig.KindSlack:
				r.Settings = map[string]any{"url": secret(model.SecretSlackURL, kind, receiver), "recipient": channel,
					"title": tmpl("ops.slack.title"), "text": tmpl("ops.slack.text")}
			case amconfig.KindPagerDuty:
				r.Settings = map[string]any{"integrationKey": secretRef(model.SecretPagerDutyKey), "severity": "critical",
					"summary": tmpl("ops.pagerduty.summary"), "client": "Ops-Center Grafana"}
				if sink {
					r.Settings["integrationKey"], r.Settings["url"] = "local-sink", sinkURL(kind, receiver)
				}
			case amconfig.KindEmail:
				r.Settings = map[string]any{"addresses": addresses, "singleEmail": true,
					"subject": tmpl("ops.email.subject"), "message": tmpl("ops.email.message")}
			case amconfig.KindWebhook:
				r.Settings = map[string]any{"url": secret(model.SecretWatchdogURL, kind, receiver)}
			default:
				return Alerting{}, fmt.Errorf("grafana provisioning: receiver %s: integration %q has no contact point mapping; add one in render/grafanaprov", receiver, kind)
			}
			cp.Receivers = append(cp.Receivers, r)
		}
		a.ContactPoints = append(a.ContactPoints, cp)
	}
	return a, nil
}
