package stacks

import (
	"fmt"

	cx "github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/constructs/grafana"
	"github.com/magicunicorn/ops-center-monitoring/dashboards"
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
	auth := grafana.SensitiveVariable(stack, "grafana_auth",
		"Grafana service account token, or user:password, for "+env.Grafana.URL)
	grafana.ConfigureProvider(stack, env, auth)

	for _, ds := range grafana.DataSources(env) {
		grafana.Declare(stack, ds)
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
		grafana.Declare(stack, grafana.Dashboard(d, raw, folders[d.Folder]))
	}
	if env.AlertEngine == "grafana" {
		declareGrafanaAlerting(stack, env, folders[grafana.AlertingFolder])
	}
	return stack
}

// declareFolders creates the root folder and the area folders nested in it,
// returning a reference to each area folder's UID.
func declareFolders(stack cdktf.TerraformStack) map[dashboards.Folder]string {
	root := grafana.Declare(stack, grafana.RootFolder())
	byID := map[string]string{}
	for _, f := range grafana.AreaFolders(grafana.Ref(root, "uid")) {
		byID[f.ID] = grafana.Ref(grafana.Declare(stack, f), "uid")
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
			SlackWebhookURL: *grafana.SensitiveVariable(stack, "slack_webhook_url", "Slack incoming webhook for #ops-center-alerts").StringValue(),
			PagerDutyKey:    *grafana.SensitiveVariable(stack, "pagerduty_integration_key", "PagerDuty Events API v2 integration key").StringValue(),
			WatchdogURL:     *grafana.SensitiveVariable(stack, "watchdog_url", "Dead man's switch URL the Watchdog alert pings").StringValue(),
		}
	}
	for _, t := range grafana.MessageTemplates() {
		grafana.Declare(stack, t)
	}
	contact := map[string]string{}
	for _, cp := range grafana.ContactPoints(env, secrets) {
		name := cp.Attrs["name"].(string)
		contact[name] = grafana.Ref(grafana.Declare(stack, cp), "name")
	}
	mute := grafana.Ref(grafana.Declare(stack, grafana.MuteTiming()), "name")
	grafana.Declare(stack, grafana.NotificationPolicy(env, contact, mute))
	for _, g := range grafana.RuleGroups(env, alerts.Catalog(), folderUID) {
		grafana.Declare(stack, g)
	}
}
