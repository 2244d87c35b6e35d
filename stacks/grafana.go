package stacks

import (
	"fmt"

	cx "github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/constructs/grafana"
	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/contactpoint"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/dashboard"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/datasource"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/folder"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/messagetemplate"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/mutetiming"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/notificationpolicy"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/rulegroup"
	"github.com/magicunicorn/ops-center-monitoring/model"
	renderdash "github.com/magicunicorn/ops-center-monitoring/render/dashboards"
)

// NewGrafanaStack declares everything Grafana holds for env: provider, data
// sources, folders, the 15 dashboards and, when env.AlertEngine is "grafana",
// contact points, notification policy, templates, mute timing and rule groups.
// With the default "prometheus" engine Alertmanager notifies and Grafana holds
// no alerting, so nobody is paged twice. It panics only on a dashboard that
// cannot be built, which the dashboards tests rule out.
func NewGrafanaStack(scope cx.Construct, id string, env model.Environment) cdktf.TerraformStack {
	stack := cdktf.NewTerraformStack(scope, jsii.String(id))
	backend(stack, id, env)
	destroyGuard(stack, env)
	auth := grafana.SensitiveVariable(stack, "grafana_auth",
		"Grafana service account token, or user:password, for "+env.Grafana.URL)
	grafana.ConfigureProvider(stack, env, auth)

	promPassword := grafana.SensitiveVariable(stack, model.SecretPrometheusWeb,
		"Password of user "+model.WebAuthUser+" on Prometheus (the value of "+model.SecretPrometheusWeb+" in the hosts' secrets file)")
	amPassword := grafana.SensitiveVariable(stack, model.SecretAlertmanagerWeb,
		"Password of user "+model.WebAuthUser+" on Alertmanager (the value of "+model.SecretAlertmanagerWeb+" in the hosts' secrets file)")
	var caCert cdktf.TerraformVariable
	if env.WebTLS {
		caCert = grafana.SensitiveVariable(stack, model.SecretTLSCACert,
			"The environment's CA certificate for web_tls (the value of "+model.SecretTLSCACert+" in the hosts' secrets file)")
	}
	for _, ds := range grafana.DataSources(env, promPassword, amPassword, caCert) {
		datasource.NewDataSource(stack, jsii.String(ds.ID), ds.Config)
	}
	folders := declareFolders(stack)
	all, err := dashboards.All()
	if err != nil {
		panic(fmt.Errorf("%s: %w", id, err))
	}
	for _, d := range all {
		raw, err := renderdash.JSON(d)
		if err != nil {
			panic(fmt.Errorf("%s: %w", id, err))
		}
		db := grafana.Dashboard(d, raw, folders[d.Folder])
		dashboard.NewDashboard(stack, jsii.String(db.ID), db.Config)
	}
	if env.AlertEngine == "grafana" {
		declareGrafanaAlerting(stack, env, folders[grafana.AlertingFolder])
	}
	return stack
}

// declareFolders creates the root folder and the area folders nested in it,
// returning a reference to each area folder's UID.
func declareFolders(stack cdktf.TerraformStack) map[dashboards.Folder]string {
	r := grafana.RootFolder()
	root := folder.NewFolder(stack, jsii.String(r.ID), r.Config)
	byID := map[string]string{}
	for _, f := range grafana.AreaFolders(*root.Uid()) {
		byID[f.ID] = *folder.NewFolder(stack, jsii.String(f.ID), f.Config).Uid()
	}
	out := map[dashboards.Folder]string{}
	for _, area := range append(append([]dashboards.Folder{}, dashboards.Folders...), grafana.AlertingFolder) {
		out[area] = byID[grafana.FolderID(area)]
	}
	return out
}

func declareGrafanaAlerting(stack cdktf.TerraformStack, env model.Environment, folderUID string) {
	secrets := grafana.Secrets{}
	if env.Notifications == "real" {
		secrets = grafana.Secrets{
			SlackWebhookURL: *grafana.SensitiveVariable(stack, "slack_webhook_url", "Slack incoming webhook for "+env.SlackChannel()).StringValue(),
			PagerDutyKey:    *grafana.SensitiveVariable(stack, "pagerduty_integration_key", "PagerDuty Events API v2 integration key").StringValue(),
			WatchdogURL:     *grafana.SensitiveVariable(stack, "watchdog_url", "Dead man's switch URL the Watchdog alert pings").StringValue(),
		}
	}
	for _, t := range grafana.MessageTemplates() {
		messagetemplate.NewMessageTemplate(stack, jsii.String(t.ID), t.Config)
	}
	contact := map[string]string{}
	for _, cp := range grafana.ContactPoints(env, secrets) {
		contact[*cp.Config.Name] = *contactpoint.NewContactPoint(stack, jsii.String(cp.ID), cp.Config).Name()
	}
	mt := grafana.MuteTiming()
	mute := *mutetiming.NewMuteTiming(stack, jsii.String(mt.ID), mt.Config).Name()
	np := grafana.NotificationPolicy(env, contact, mute)
	notificationpolicy.NewNotificationPolicy(stack, jsii.String(np.ID), np.Config)
	for _, g := range grafana.RuleGroups(env, alerts.Catalog(), folderUID) {
		rulegroup.NewRuleGroup(stack, jsii.String(g.ID), g.Config)
	}
}
