package grafana

import (
	"github.com/aws/jsii-runtime-go"

	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/messagetemplate"
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

// MessageTemplates are the notification templates the contact points use.
func MessageTemplates() []Decl[messagetemplate.MessageTemplateConfig] {
	var out []Decl[messagetemplate.MessageTemplateConfig]
	for _, t := range messageTemplates {
		out = append(out, Decl[messagetemplate.MessageTemplateConfig]{ID: "template-" + t.name, Config: &messagetemplate.MessageTemplateConfig{
			Name: jsii.String(t.name), Template: jsii.String(t.text),
		}})
	}
	return out
}
