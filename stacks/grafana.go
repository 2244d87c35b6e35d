package stacks

import (
	"fmt"

	cx "github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/constructs/grafana"
	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/dashboard"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/folder"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/mutetiming"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/notificationpolicy"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/rulegroup"
	"github.com/magicunicorn/ops-center-monitoring/model"
	renderdash "github.com/magicunicorn/ops-center-monitoring/render/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/render/grafanaprov"
)

// NewGrafanaStack declares what Grafana holds for env through its API: folders,
// the 15 dashboards and, when env.AlertEngine is "grafana", the notification
// policy, mute timing and rule groups. The data source and the contact points,
// which hold secrets, are provisioned from files Grafana reads from its own
// secrets volume (render/grafanaprov): this stack takes no secret, and declares
// no variable a saved plan would keep; the provider reads grafana.AuthEnv. With
// the default "prometheus" engine Alertmanager notifies and Grafana holds no
// alerting, so nobody is paged twice. It panics only on a dashboard that cannot
// be built, which the dashboards tests rule out.
func NewGrafanaStack(scope cx.Construct, id string, env model.Environment) cdktf.TerraformStack {
	stack := cdktf.NewTerraformStack(scope, jsii.String(id))
	backend(stack, id, env)
	destroyGuard(stack, env)
	grafana.ConfigureProvider(stack, env)
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

// declareGrafanaAlerting routes to the provisioned contact points by name: each
// mirrors the Alertmanager receiver of the same name.
func declareGrafanaAlerting(stack cdktf.TerraformStack, env model.Environment, folderUID string) {
	contact := map[string]string{}
	for _, receiver := range grafanaprov.Receivers {
		contact[receiver] = receiver
	}
	mt := grafana.MuteTiming()
	mute := *mutetiming.NewMuteTiming(stack, jsii.String(mt.ID), mt.Config).Name()
	np := grafana.NotificationPolicy(env, contact, mute)
	notificationpolicy.NewNotificationPolicy(stack, jsii.String(np.ID), np.Config)
	for _, g := range grafana.RuleGroups(env, alerts.Catalog(), folderUID) {
		rulegroup.NewRuleGroup(stack, jsii.String(g.ID), g.Config)
	}
}
