package hostplan

import (
	"slices"

	prommodel "github.com/prometheus/common/model"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
	"github.com/magicunicorn/ops-center-monitoring/render/dockerproxy"
	"github.com/magicunicorn/ops-center-monitoring/render/grafanaprov"
)

// Secret names: keys of the secrets file and file names in the secrets volumes.
const (
	SecretSlackURL        = model.SecretSlackURL
	SecretPagerDutyKey    = model.SecretPagerDutyKey
	SecretSMTPPassword    = model.SecretSMTPPassword
	SecretWatchdogURL     = model.SecretWatchdogURL
	SecretGrafanaAdmin    = "grafana_admin_password"
	SecretExporterPass    = "postgres_exporter_password"
	SecretLocalDBPassword = "local_db_password"
	SecretPrometheusWeb   = model.SecretPrometheusWeb
	SecretAlertmanagerWeb = model.SecretAlertmanagerWeb
	SecretNodeExporterWeb = model.SecretNodeExporterWeb
)

// runSecrets is where containers other than Alertmanager read their secrets.
const runSecrets = model.SecretsDir

func secrets(env model.Environment) []Secret {
	placeholder := ""
	if env.Notifications == "sink" {
		placeholder = "not-used-by-the-notification-sink"
	}
	out := []Secret{
		{Name: SecretSlackURL, Description: "Slack incoming-webhook URL for the environment's channel (slack.channel in its file)", Placeholder: placeholder},
		{Name: SecretPagerDutyKey, Description: "PagerDuty Events API v2 integration (routing) key", Placeholder: placeholder},
		{Name: SecretSMTPPassword, Description: "Password of the SMTP account Alertmanager sends email with", Placeholder: placeholder},
		{Name: SecretWatchdogURL, Description: "Dead man's switch URL the Watchdog alert is delivered to", Placeholder: placeholder},
		{Name: SecretPrometheusWeb, Description: "Password of user " + model.WebAuthUser + " on Prometheus's web UI and API (basic auth)",
			Pattern: webPasswordPattern, Rule: webPasswordRule},
		{Name: SecretAlertmanagerWeb, Description: "Password of user " + model.WebAuthUser + " on Alertmanager's web UI and API (basic auth)",
			Pattern: webPasswordPattern, Rule: webPasswordRule},
	}
	if env.Has(model.NodeExporter) {
		out = append(out, Secret{Name: SecretNodeExporterWeb, Description: "Password of user " + model.WebAuthUser + " on every host's node-exporter (basic auth; Prometheus scrapes with it)",
			Pattern: webPasswordPattern, Rule: webPasswordRule})
	}
	if env.Has(model.Grafana) {
		out = append(out, Secret{Name: SecretGrafanaAdmin, Description: "Grafana admin password"})
	}
	if env.StandIns {
		out = append(out, Secret{Name: SecretLocalDBPassword, Description: "Password of the local PostgreSQL stand-in's roles"})
	} else {
		out = append(out, Secret{Name: SecretExporterPass, Description: "Password of the postgres_exporter role on unicorn-postgresql (a pg_monitor member)"})
	}
	if env.WebTLS {
		out = append(out,
			Secret{Name: model.SecretTLSCACert, Description: "The environment's CA certificate for web_tls: base64 of its PEM, one line (scripts/opsmon.sh tls-ca makes both)",
				Pattern: tlsPattern, Rule: tlsRule},
			Secret{Name: model.SecretTLSCAKey, Description: "The environment's CA private key for web_tls: base64 of its PEM, one line; it signs each server's certificate at the push and never leaves this machine",
				Pattern: tlsPattern, Rule: tlsRule})
	}
	return append(out, thanosSecrets(env)...)
}

// tlsPattern is base64 on one line, as the secrets file holds a PEM.
const (
	tlsPattern = `[A-Za-z0-9+/]{64,}={0,2}`
	tlsRule    = "base64 of the PEM on one line; make the CA with: scripts/opsmon.sh tls-ca"
)

// readSecrets gives the container its secrets volume, holding the named secrets,
// mounted at dir.
func readSecrets(ct *Container, env model.Environment, dir string, names ...string) {
	owner := ct.User
	if owner == "" {
		owner = "0:0"
	}
	ct.Secrets = &SecretMount{Volume: env.VolumeName("secrets-" + ct.Name), Dir: dir, Owner: owner, Names: names}
}

// wire sets what a container needs from its neighbours: secrets, addresses, the
// order it starts in.
func wire(ct *Container, env model.Environment, base string) {
	switch base {
	case model.Prometheus:
		// Resending firing alerts often puts them back in an Alertmanager that restarted.
		ct.Command = append(slices.Clone(ct.Command), "--rules.alert.resend-delay="+prommodel.Duration(env.TimingProfile().ResendDelay).String())
		if d := env.TimingProfile().DiscoveryReload; d > 0 {
			ct.Command = append(ct.Command, "--scrape.discovery-reload-interval="+prommodel.Duration(d).String())
		}
		// Docker service discovery through the read-only proxy's socket, never the
		// engine's: the volume holds only that socket.
		ct.Volumes = append(ct.Volumes, Volume{Name: proxySocketVolume(env), Target: model.DockerProxySocketDir, ReadOnly: true})
		ct.DependsOn = append(ct.DependsOn, model.DockerProxy)
		// Its own password (web config, self-scrape), Alertmanager's (alerting,
		// scrape) and node-exporter's (scrape).
		readSecrets(ct, env, runSecrets, SecretPrometheusWeb, SecretAlertmanagerWeb)
		if env.Has(model.NodeExporter) {
			ct.Secrets.Names = append(ct.Secrets.Names, SecretNodeExporterWeb)
		}
		ct.Secrets.WebConfig = SecretPrometheusWeb
		reachHostNamespaces(ct, env)
		if env.PrometheusPaired() {
			pairPrometheus(ct)
		}
		if env.ThanosOn() {
			ct.Command = append(ct.Command, tsdbBlockFlags(env)...)
		}
	case model.DockerProxy:
		// The engine's socket is a host mount of the model; its group is the host's.
		ct.GroupAddVariable = "docker_socket_gid"
		ct.Volumes = append(ct.Volumes, Volume{Name: proxySocketVolume(env), Target: model.DockerProxyHome})
		// Mode 666: who may connect is who mounts the volume (Prometheus, uid 65534).
		ct.Env[dockerproxy.ProxySocketEnv] = model.DockerProxyHome + "/docker.sock"
		ct.Env[dockerproxy.ProxySocketModeEnv] = "666"
	case model.Alertmanager:
		// alertmanager.yml reads each receiver secret from amconfig.SecretsDir.
		readSecrets(ct, env, amconfig.SecretsDir, SecretSlackURL, SecretPagerDutyKey, SecretSMTPPassword, SecretWatchdogURL, SecretAlertmanagerWeb)
		ct.Secrets.WebConfig = SecretAlertmanagerWeb
		if env.Clustered() {
			clusterAlertmanager(ct, env)
		}
		if env.Has(model.NotificationSink) {
			ct.DependsOn = append(ct.DependsOn, model.NotificationSink)
		}
	case model.Grafana:
		// Its admin password, and what its provisioned data source and contact
		// points read ($__file{}): no secret reaches it through Terraform.
		readSecrets(ct, env, runSecrets, append([]string{SecretGrafanaAdmin}, grafanaprov.SecretNames(env)...)...)
		ct.Env["GF_SECURITY_ADMIN_PASSWORD__FILE"] = ct.Secrets.Path(SecretGrafanaAdmin)
		ct.Env["GF_USERS_ALLOW_SIGN_UP"] = "false"
		if env.AlertEngine == "grafana" {
			grafanaSMTP(ct, env)
		}
	case model.PostgresExporter:
		// The address and user are not secret; only the password is, read from its file.
		pass, db := SecretExporterPass, "postgres"
		if env.StandIns {
			pass, db = SecretLocalDBPassword, "opscenter"
			ct.DependsOn = append(ct.DependsOn, model.LocalPostgreSQL)
		}
		readSecrets(ct, env, runSecrets, pass)
		ct.Env["DATA_SOURCE_URI"] = model.LocalPostgreSQL + ":5432/" + db + "?sslmode=disable"
		ct.Env["DATA_SOURCE_USER"] = "postgres_exporter"
		ct.Env["DATA_SOURCE_PASS_FILE"] = ct.Secrets.Path(pass)
	case model.NodeExporter:
		readSecrets(ct, env, runSecrets, SecretNodeExporterWeb)
		ct.Secrets.WebConfig = SecretNodeExporterWeb
	case model.RedisExporter:
		dependOnStandIn(ct, env, model.LocalRedis)
	case model.LagoRedisExporter:
		dependOnStandIn(ct, env, model.LocalLagoRedis)
	case model.LocalPostgreSQL:
		readSecrets(ct, env, runSecrets, SecretLocalDBPassword)
		for _, v := range []string{"POSTGRES_PASSWORD_FILE", "OPSCENTER_DB_PASSWORD_FILE", "EXPORTER_DB_PASSWORD_FILE"} {
			ct.Env[v] = ct.Secrets.Path(SecretLocalDBPassword)
		}
	case model.OpsCenterDemo:
		readSecrets(ct, env, runSecrets, SecretLocalDBPassword)
		ct.Env["DATABASE_URL"] = "postgresql://opscenter@" + model.LocalPostgreSQL + ":5432/opscenter"
		ct.Env["DATABASE_PASSWORD_FILE"] = ct.Secrets.Path(SecretLocalDBPassword)
		ct.Env["REDIS_URL"] = "redis://" + model.LocalRedis + ":6379/0"
		ct.DependsOn = append(ct.DependsOn, model.LocalPostgreSQL, model.LocalRedis)
	case model.ThanosSidecar, model.ThanosStore, model.ThanosCompact, model.ThanosQuery, model.LocalObjectStore:
		wireThanos(ct, env, base)
	case model.NotificationSink:
		// Opts in to Docker service discovery: proves the docker-sd job end to end.
		ct.Labels[model.DockerSDLabel] = "true"
		ct.Labels[model.DockerSDPortLabel] = "9095"
		ct.Labels[model.DockerSDPathLabel] = "/metrics"
		ct.Labels[model.DockerSDJobLabel] = model.NotificationSink
	}
}

// proxySocketVolume holds the Docker proxy's listening socket, shared with Prometheus.
func proxySocketVolume(env model.Environment) string { return env.VolumeName("docker-proxy-socket") }

func dependOnStandIn(ct *Container, env model.Environment, standIn string) {
	if env.StandIns {
		ct.DependsOn = append(ct.DependsOn, standIn)
	}
}

// SecretMounts are the secrets volumes of env's containers, by container, in the
// order the stack declares them (for the documentation, without rendered files).
func SecretMounts(env model.Environment) []Container {
	var out []Container
	for _, c := range env.Containers() {
		ct := Container{Name: c.Name, User: c.User, Env: map[string]string{}, Labels: map[string]string{}}
		wire(&ct, env, c.Base())
		if ct.Secrets != nil {
			out = append(out, ct)
		}
	}
	return out
}

// grafanaSMTP lets the grafana engine's email contact points send: through the
// environment's relay with its password file, or to the notification sink.
func grafanaSMTP(ct *Container, env model.Environment) {
	ct.Env["GF_SMTP_ENABLED"] = "true"
	if env.Notifications == "sink" {
		ct.Env["GF_SMTP_HOST"] = model.NotificationSink + ":2525"
		ct.Env["GF_SMTP_FROM_ADDRESS"] = "grafana@" + model.NotificationSink
		ct.DependsOn = append(ct.DependsOn, model.NotificationSink)
		return
	}
	ct.Env["GF_SMTP_HOST"] = env.Email.Smarthost
	ct.Env["GF_SMTP_FROM_ADDRESS"] = env.Email.From
	if env.Email.Username != "" {
		ct.Env["GF_SMTP_USER"] = env.Email.Username
		ct.Env["GF_SMTP_PASSWORD__FILE"] = ct.Secrets.Path(SecretSMTPPassword)
	}
}
