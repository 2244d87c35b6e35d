package grafana

import (
	"encoding/json"
	"fmt"

	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// AlertmanagerUID is the stable UID of the Alertmanager data source.
const AlertmanagerUID = "alertmanager"

// DataSources are Prometheus (the dashboards' default, uid "prometheus") and
// Alertmanager, both reached on the stack's Docker network.
func DataSources(env model.Environment) []Resource {
	t := env.TimingProfile()
	prom, _ := json.Marshal(map[string]any{
		// Grafana sizes $__rate_interval from this: four scrapes at least.
		"timeInterval": t.ScrapeInterval.String(),
		"httpMethod":   "POST",
	})
	am, _ := json.Marshal(map[string]any{"implementation": "prometheus", "handleGrafanaManagedAlerts": false})
	return []Resource{
		{Type: "grafana_data_source", ID: "datasource-prometheus", Attrs: map[string]any{
			"name": "Prometheus", "type": "prometheus", "uid": dashboards.PrometheusUID,
			"url":         fmt.Sprintf("http://%s:9090", model.Prometheus),
			"access_mode": "proxy", "is_default": true, "json_data_encoded": string(prom),
		}},
		{Type: "grafana_data_source", ID: "datasource-alertmanager", Attrs: map[string]any{
			"name": "Alertmanager", "type": "alertmanager", "uid": AlertmanagerUID,
			"url":         fmt.Sprintf("http://%s:9093", model.Alertmanager),
			"access_mode": "proxy", "json_data_encoded": string(am),
		}},
	}
}
