package grafana

import (
	"github.com/magicunicorn/ops-center-monitoring/dashboards"
)

// Dashboard is one dashboard resource: config_json is the rendered file, the
// same bytes as monitoring/grafana/dashboards/<file>.json.
func Dashboard(d dashboards.Dashboard, configJSON []byte, folderUID string) Resource {
	return Resource{Type: "grafana_dashboard", ID: "dashboard-" + d.FileName, Attrs: map[string]any{
		"config_json": string(configJSON),
		"folder":      folderUID,
		"overwrite":   true,
		"message":     "Applied by the ops-center-monitoring Grafana stack",
	}}
}
