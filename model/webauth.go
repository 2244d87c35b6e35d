package model

// Prometheus and Alertmanager answer only requests with basic auth: their web
// config (bcrypt hash of the password) and the password itself are files in the
// container's secrets volume, placed by make secrets-push, never in Terraform.
const (
	// WebAuthUser is the one user of both web configs.
	WebAuthUser = "opsmon"
	// WebConfigFile is the web config's file name in a secrets volume.
	WebConfigFile = "web.yml"
	// Secret names (keys of the secrets file) of the two passwords.
	SecretPrometheusWeb   = "prometheus_web_password"
	SecretAlertmanagerWeb = "alertmanager_web_password"
	// SecretNodeExporterWeb protects every host's node-exporter: on a further
	// host it listens on the host's address, beyond the monitoring network.
	SecretNodeExporterWeb = "node_exporter_web_password"
	// SecretsDir is where every container reads its secrets volume: outside its
	// read-only config directory, where Docker could not create the mount point.
	SecretsDir = "/run/secrets"
	// The receivers' secrets, read by Alertmanager, and by Grafana with the
	// grafana alert engine.
	SecretSlackURL     = "slack_api_url"
	SecretPagerDutyKey = "pagerduty_routing_key"
	SecretSMTPPassword = "smtp_password"
	SecretWatchdogURL  = "watchdog_url"
)

// WebAuth says which secret protects a component's HTTP API, and where the
// component reads it.
type WebAuth struct {
	Secret string
	Dir    string
	// ClientConfig is the rendered HTTP client config (basic auth with the
	// password file) that promtool or amtool inside the container reads with
	// --http.config.file, so a runbook command never holds the password.
	ClientConfig string
	// Flag is the server's flag naming its web config (--web.config.file for
	// Prometheus and Alertmanager; Thanos calls it --http.config).
	Flag string
}

// PasswordFile is the path of the password inside the component.
func (w WebAuth) PasswordFile() string { return w.Dir + "/" + w.Secret }

// ClientConfigYAML is the content of ClientConfig; with tls, it trusts the
// environment's CA alone (its certificate beside the password).
func (w WebAuth) ClientConfigYAML(tls bool) []byte {
	out := "# Rendered from the Go model by `make render`; do not edit by hand.\n" +
		"# HTTP client config for --http.config.file: basic auth, the password read from its file.\n" +
		"basic_auth:\n  username: " + WebAuthUser + "\n  password_file: " + w.PasswordFile() + "\n"
	if tls {
		out += "tls_config:\n  ca_file: " + w.Dir + "/" + TLSCAFile + "\n"
	}
	return []byte(out)
}

// ConfigFile is the path of the web config inside the component.
func (w WebAuth) ConfigFile() string { return w.Dir + "/" + WebConfigFile }

// PrometheusAuth and AlertmanagerAuth are the two protected APIs. Prometheus
// holds both passwords (it scrapes and alerts Alertmanager), under its own dir.
var (
	PrometheusAuth   = WebAuth{Secret: SecretPrometheusWeb, Dir: SecretsDir, ClientConfig: "/etc/prometheus/http-client.yml", Flag: "--web.config.file"}
	AlertmanagerAuth = WebAuth{Secret: SecretAlertmanagerWeb, Dir: SecretsDir, ClientConfig: "/etc/alertmanager/amtool-http.yml", Flag: "--web.config.file"}
	// ThanosQueryAuth: Thanos Query answers the same user and password as
	// Prometheus, whose data it serves; Grafana's data source keeps one login.
	ThanosQueryAuth = WebAuth{Secret: SecretPrometheusWeb, Dir: SecretsDir, Flag: "--http.config"}
	// NodeExporterAuth: node-exporter's own login, which Prometheus holds too.
	NodeExporterAuth = WebAuth{Secret: SecretNodeExporterWeb, Dir: SecretsDir, Flag: "--web.config.file"}
)

// With web_tls, the CA is two secrets-file keys (base64 of the PEM, one line
// each; opsmon tls-ca makes them). The push issues each server its certificate
// and key, and gives each client the CA certificate, in their secrets volumes.
const (
	SecretTLSCACert = "web_tls_ca_cert"
	SecretTLSCAKey  = "web_tls_ca_key"
	TLSCertFile     = "tls.crt"
	TLSKeyFile      = "tls.key"
	TLSCAFile       = "ca.crt"
)

// Scheme is how clients reach the APIs behind basic auth in this environment.
func (e Environment) Scheme() string {
	if e.WebTLS {
		return "https"
	}
	return "http"
}

// CAFile is where a client of those APIs reads the environment's CA certificate
// (Prometheus's and the Thanos sidecars' secrets volumes are both at SecretsDir).
const CAFile = SecretsDir + "/" + TLSCAFile
