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
//
// With web_tls both are HTTPS and trust the environment's CA alone: caCert is
// the variable holding it (web_tls_ca_cert, base64 of the PEM, as in the
// secrets file); nil without web_tls.
func DataSources(env model.Environment, promPassword, amPassword cdktf.TerraformVariable, caCert cdktf.TerraformVariable) []Decl[datasource.DataSourceConfig] {
	t := env.TimingProfile()
	promJSON := map[string]any{
		// Grafana sizes $__rate_interval from this: four scrapes at least.
		"timeInterval": t.ScrapeInterval.String(),
		"httpMethod":   "POST",
	}
	amJSON := map[string]any{"implementation": "prometheus", "handleGrafanaManagedAlerts": false}
	if caCert != nil {
		promJSON["tlsAuthWithCACert"], amJSON["tlsAuthWithCACert"] = true, true
	}
	prom, _ := json.Marshal(promJSON)
	am, _ := json.Marshal(amJSON)
	// Thanos Query where Thanos runs (one deduplicated view of the replicas); both
	// take Prometheus's password.
	return []Decl[datasource.DataSourceConfig]{
		{ID: "datasource-prometheus", Config: &datasource.DataSourceConfig{
			Name: jsii.String("Prometheus"), Type: jsii.String("prometheus"), Uid: jsii.String(dashboards.PrometheusUID),
			Url:        jsii.String(env.QueryURL()),
			AccessMode: jsii.String("proxy"), IsDefault: jsii.Bool(true), JsonDataEncoded: jsii.String(string(prom)),
			BasicAuthEnabled: jsii.Bool(true), BasicAuthUsername: jsii.String(model.WebAuthUser),
			SecureJsonDataEncoded: secureJSON(promPassword, caCert),
		}},
		{ID: "datasource-alertmanager", Config: &datasource.DataSourceConfig{
			Name: jsii.String("Alertmanager"), Type: jsii.String("alertmanager"), Uid: jsii.String(AlertmanagerUID),
			Url:        jsii.String(fmt.Sprintf("%s://%s:9093", env.Scheme(), model.Alertmanager)),
			AccessMode: jsii.String("proxy"), JsonDataEncoded: jsii.String(string(am)),
			BasicAuthEnabled: jsii.Bool(true), BasicAuthUsername: jsii.String(model.WebAuthUser),
			SecureJsonDataEncoded: secureJSON(amPassword, caCert),
		}},
	}
}

// secureJSON is Grafana's secure JSON holding the password variable's value (and
// the CA's certificate, decoded), encoded by Terraform at apply time: neither is
// in the synthesized JSON.
func secureJSON(password, caCert cdktf.TerraformVariable) *string {
	m := map[string]any{"basicAuthPassword": password.StringValue()}
	if caCert != nil {
		m["tlsCACert"] = cdktf.Fn_Base64decode(caCert.StringValue())
	}
	return cdktf.Fn_Jsonencode(m)
}
