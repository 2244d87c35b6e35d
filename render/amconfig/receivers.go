package amconfig

import (
	opsmodel "github.com/magicunicorn/ops-center-monitoring/model"
)

type receiver struct {
	Name             string            `yaml:"name"`
	PagerdutyConfigs []pagerdutyConfig `yaml:"pagerduty_configs,omitempty"`
	SlackConfigs     []slackConfig     `yaml:"slack_configs,omitempty"`
	EmailConfigs     []emailConfig     `yaml:"email_configs,omitempty"`
	WebhookConfigs   []webhookConfig   `yaml:"webhook_configs,omitempty"`
}

type slackConfig struct {
	SendResolved bool   `yaml:"send_resolved"`
	APIURL       string `yaml:"api_url,omitempty"`
	APIURLFile   string `yaml:"api_url_file,omitempty"`
	Channel      string `yaml:"channel"`
	Color        string `yaml:"color"`
	Title        string `yaml:"title"`
	Text         string `yaml:"text"`
}

type pagerdutyConfig struct {
	SendResolved   bool              `yaml:"send_resolved"`
	RoutingKeyFile string            `yaml:"routing_key_file"`
	URL            string            `yaml:"url,omitempty"`
	Severity       string            `yaml:"severity"`
	Description    string            `yaml:"description"`
	Client         string            `yaml:"client"`
	ClientURL      string            `yaml:"client_url"`
	Details        map[string]string `yaml:"details"`
}

type emailConfig struct {
	SendResolved     bool              `yaml:"send_resolved"`
	To               string            `yaml:"to"`
	From             string            `yaml:"from"`
	Smarthost        string            `yaml:"smarthost"`
	AuthUsername     string            `yaml:"auth_username,omitempty"`
	AuthPasswordFile string            `yaml:"auth_password_file,omitempty"`
	RequireTLS       *bool             `yaml:"require_tls,omitempty"`
	Headers          map[string]string `yaml:"headers"`
	HTML             string            `yaml:"html"`
	Text             string            `yaml:"text"`
}

type webhookConfig struct {
	SendResolved bool   `yaml:"send_resolved"`
	URL          string `yaml:"url,omitempty"`
	URLFile      string `yaml:"url_file,omitempty"`
}

func tmpl(name string) string { return `{{ template "` + name + `" . }}` }

// buildReceiver gives a receiver its integrations. With the sink, every integration
// posts to the local notification sink under the receiver's name, so a test can read
// who was notified; otherwise secrets come from files the deploy provides.
func buildReceiver(env opsmodel.Environment, name string) receiver {
	sink := env.Notifications == "sink"
	r := receiver{Name: name}
	for _, kind := range Integrations(name) {
		switch kind {
		case KindPagerDuty:
			c := pagerdutyConfig{
				SendResolved: true, RoutingKeyFile: secretPagerDuty, Severity: "critical",
				Description: tmpl("ops.pagerduty.description"),
				Client:      "Ops-Center Alertmanager", ClientURL: tmpl("ops.pagerduty.client_url"),
				Details: map[string]string{
					"alerts":                  tmpl("ops.pagerduty.alerts"),
					opsmodel.EnvironmentLabel: "{{ .CommonLabels." + opsmodel.EnvironmentLabel + " }}",
					"service":                 "{{ .CommonLabels.service }}",
					"severity":                "{{ .CommonLabels.severity }}",
					"runbook":                 tmpl("ops.pagerduty.runbook"),
					"dashboard":               tmpl("ops.pagerduty.dashboard"),
				},
			}
			if sink {
				c.URL = sinkHTTP + "/pagerduty/" + name
			}
			r.PagerdutyConfigs = append(r.PagerdutyConfigs, c)
		case KindSlack:
			c := slackConfig{SendResolved: true, Channel: env.SlackChannel(),
				Color: tmpl("ops.slack.color"), Title: tmpl("ops.slack.title"), Text: tmpl("ops.slack.text")}
			if sink {
				c.APIURL = sinkHTTP + "/slack/" + name
			} else {
				c.APIURLFile = secretSlack
			}
			r.SlackConfigs = append(r.SlackConfigs, c)
		case KindEmail:
			c := emailConfig{SendResolved: true, To: env.Email.To, From: env.Email.From, Smarthost: env.Email.Smarthost,
				Headers: map[string]string{"Subject": tmpl("ops.email.subject")},
				HTML:    tmpl("ops.email.html"), Text: tmpl("ops.email.text")}
			if sink {
				off := false
				c.Smarthost, c.RequireTLS = sinkSMTP, &off
				c.Headers[receiverHeader] = name
			} else if env.Email.Username != "" {
				c.AuthUsername, c.AuthPasswordFile = env.Email.Username, secretSMTP
			}
			r.EmailConfigs = append(r.EmailConfigs, c)
		case KindWebhook:
			c := webhookConfig{}
			if sink {
				c.URL = sinkHTTP + "/webhook/" + name
			} else {
				c.URLFile = secretWatchdog
			}
			r.WebhookConfigs = append(r.WebhookConfigs, c)
		}
	}
	return r
}
