package grafana

import (
	"encoding/json"
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/datasource"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// AlertmanagerUID is the stable UID of the Alertmanager data source.
const AlertmanagerUID = "alertmanager"

// DataSources are Prometheus (the dashboards' default, uid "prometheus") and
// Alertmanager, both reached on the stack's Docker network with basic auth; each
// password is a sensitive variable (TF_VAR_prometheus_web_password,
// TF_VAR_alertmanager_web_password), the value the hosts' secrets file holds.
func DataSources(env model.Environment, promPassword, amPassword cdktf.TerraformVariable) []Decl[datasource.DataSourceConfig] {
	t := env.TimingProfile()
	prom, _ := json.Marshal(map[string]any{
		// Grafana sizes $__rate_interval from this: four scrapes at least.
		"timeInterval": t.ScrapeInterval.String(),
		"httpMethod":   "POST",
	})
	am, _ := json.Marshal(map[string]any{"implementation": "prometheus", "handleGrafanaManagedAlerts": false})
	// Thanos Query where Thanos runs (one deduplicated view of the replicas); both
	// take Prometheus's password.
	return []Decl[datasource.DataSourceConfig]{
		{ID: "datasource-prometheus", Config: &datasource.DataSourceConfig{
			Name: jsii.String("Prometheus"), Type: jsii.String("prometheus"), Uid: jsii.String(dashboards.PrometheusUID),
			Url:        jsii.String(env.QueryURL()),
			AccessMode: jsii.String("proxy"), IsDefault: jsii.Bool(true), JsonDataEncoded: jsii.String(string(prom)),
			BasicAuthEnabled: jsii.Bool(true), BasicAuthUsername: jsii.String(model.WebAuthUser),
			SecureJsonDataEncoded: basicAuthPassword(promPassword),
		}},
		{ID: "datasource-alertmanager", Config: &datasource.DataSourceConfig{
			Name: jsii.String("Alertmanager"), Type: jsii.String("alertmanager"), Uid: jsii.String(AlertmanagerUID),
			Url:        jsii.String(fmt.Sprintf("http://%s:9093", model.Alertmanager)),
			AccessMode: jsii.String("proxy"), JsonDataEncoded: jsii.String(string(am)),
			BasicAuthEnabled: jsii.Bool(true), BasicAuthUsername: jsii.String(model.WebAuthUser),
			SecureJsonDataEncoded: basicAuthPassword(amPassword),
		}},
	}
}

// basicAuthPassword is Grafana's secure JSON holding the variable's value,
// encoded by Terraform at apply time: the password is never in the synthesized JSON.
func basicAuthPassword(v cdktf.TerraformVariable) *string {
	return cdktf.Fn_Jsonencode(map[string]any{"basicAuthPassword": v.StringValue()})
}
