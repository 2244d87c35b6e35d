package grafanaprov

import (
	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// dataSources is Prometheus alone (Thanos Query where Thanos runs), as the
// dashboards' default, uid "prometheus", with Prometheus's password read from
// the secrets volume. There is no Alertmanager data source: Grafana holds no
// Alertmanager password, so nobody can silence a page through Grafana
// (docs/SECURITY.md); silences are made with Alertmanager's own login.
func dataSources(env model.Environment) DataSources {
	jsonData := map[string]any{
		// Grafana sizes $__rate_interval from this: four scrapes at least.
		"timeInterval": env.TimingProfile().ScrapeInterval.String(),
		"httpMethod":   "POST",
	}
	secure := map[string]string{"basicAuthPassword": secretRef(model.SecretPrometheusWeb)}
	if env.WebTLS {
		// HTTPS that trusts the environment's CA alone, its certificate beside
		// the password (secrets-push puts it there).
		jsonData["tlsAuthWithCACert"] = true
		secure["tlsCACert"] = fileRef(model.CAFile)
	}
	return DataSources{APIVersion: provisioningVersion, DataSources: []DataSource{{
		OrgID: orgID(env), Name: "Prometheus", Type: "prometheus", UID: dashboards.PrometheusUID,
		URL: env.QueryURL(), Access: "proxy", IsDefault: true,
		BasicAuth: true, BasicAuthUser: model.WebAuthUser,
		JSONData: jsonData, SecureJSONData: secure,
		// Changed only here: an edit in the UI would be lost at the next start.
		Editable: false,
	}}}
}
