package grafana

import (
	"github.com/aws/jsii-runtime-go"

	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/dashboard"
)

// Dashboard is one dashboard resource: config_json is the rendered file, the
// same bytes as monitoring/grafana/dashboards/<file>.json.
func Dashboard(d dashboards.Dashboard, configJSON []byte, folderUID string) Decl[dashboard.DashboardConfig] {
	return Decl[dashboard.DashboardConfig]{ID: "dashboard-" + d.FileName, Config: &dashboard.DashboardConfig{
		ConfigJson: jsii.String(string(configJSON)),
		Folder:     jsii.String(folderUID),
		Overwrite:  jsii.Bool(true),
		Message:    jsii.String("Applied by the ops-center-monitoring Grafana stack"),
	}}
}
