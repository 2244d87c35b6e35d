package hostplan

import "github.com/magicunicorn/ops-center-monitoring/model"

// Secret names. Each is a sensitive Terraform variable (TF_VAR_<name>).
const (
	SecretSlackURL        = "slack_api_url"
	SecretPagerDutyKey    = "pagerduty_routing_key"
	SecretSMTPPassword    = "smtp_password"
	SecretWatchdogURL     = "watchdog_url"
	SecretGrafanaAdmin    = "grafana_admin_password"
	SecretExporterDSN     = "postgres_exporter_dsn"
	SecretLocalDBPassword = "local_db_password"
)

// Alertmanager reads each receiver secret from a file (the *_file settings).
var alertmanagerSecretFiles = map[string]string{
	SecretSlackURL:     "/etc/alertmanager/secrets/slack_api_url",
	SecretPagerDutyKey: "/etc/alertmanager/secrets/pagerduty_routing_key",
	SecretSMTPPassword: "/etc/alertmanager/secrets/smtp_password",
	SecretWatchdogURL:  "/etc/alertmanager/secrets/watchdog_url",
}

func secrets(env model.Environment) []Secret {
	placeholder := ""
	if env.Notifications == "sink" {
		placeholder = "not-used-by-the-notification-sink"
	}
	out := []Secret{
		{Name: SecretSlackURL, Description: "Slack incoming-webhook URL for #ops-center-alerts", Placeholder: placeholder},
		{Name: SecretPagerDutyKey, Description: "PagerDuty Events API v2 integration (routing) key", Placeholder: placeholder},
		{Name: SecretSMTPPassword, Description: "Password of the SMTP account Alertmanager sends email with", Placeholder: placeholder},
		{Name: SecretWatchdogURL, Description: "Dead man's switch URL the Watchdog alert is delivered to", Placeholder: placeholder},
	}
	if env.Has(model.Grafana) {
		out = append(out, Secret{Name: SecretGrafanaAdmin, Description: "Grafana admin password"})
	}
	if env.StandIns {
		out = append(out, Secret{Name: SecretLocalDBPassword, Description: "Password of the local PostgreSQL stand-in's roles"})
	} else {
		out = append(out, Secret{Name: SecretExporterDSN, Description: "postgres_exporter DSN, e.g. postgresql://postgres_exporter:PASSWORD@unicorn-postgresql:5432/postgres?sslmode=disable"})
	}
	return out
}

// wire sets what a container needs from its neighbours: secrets, addresses, the
// order it starts in.
func wire(ct *Container, env model.Environment) {
	switch ct.Name {
	case model.Prometheus:
		ct.Binds = append(ct.Binds, Bind{Source: "/var/run/docker.sock", Target: "/var/run/docker.sock"})
		ct.GroupAddVariable = "docker_socket_gid"
	case model.Alertmanager:
		// Root-owned and world-readable inside the container: Docker's copy cannot
		// chown to a numeric user the image's passwd lookup does not resolve, and the
		// container's only process user is nobody. Outside it, the file does not exist.
		for _, s := range []string{SecretSlackURL, SecretPagerDutyKey, SecretSMTPPassword, SecretWatchdogURL} {
			ct.Files = append(ct.Files, File{Path: alertmanagerSecretFiles[s], Secret: s, Mode: "0444"})
		}
		if env.Has(model.NotificationSink) {
			ct.DependsOn = append(ct.DependsOn, model.NotificationSink)
		}
	case model.Grafana:
		ct.Secret["GF_SECURITY_ADMIN_PASSWORD"] = SecretRef{Secret: SecretGrafanaAdmin, Format: "%s"}
		ct.Env["GF_USERS_ALLOW_SIGN_UP"] = "false"
	case model.PostgresExporter:
		if env.StandIns {
			ct.Secret["DATA_SOURCE_NAME"] = SecretRef{Secret: SecretLocalDBPassword,
				Format: "postgresql://postgres_exporter:%s@" + model.LocalPostgreSQL + ":5432/opscenter?sslmode=disable"}
			ct.DependsOn = append(ct.DependsOn, model.LocalPostgreSQL)
		} else {
			ct.Secret["DATA_SOURCE_NAME"] = SecretRef{Secret: SecretExporterDSN, Format: "%s"}
		}
	case model.RedisExporter:
		dependOnStandIn(ct, env, model.LocalRedis)
	case model.LagoRedisExporter:
		dependOnStandIn(ct, env, model.LocalLagoRedis)
	case model.LocalPostgreSQL:
		for _, v := range []string{"POSTGRES_PASSWORD", "OPSCENTER_DB_PASSWORD", "EXPORTER_DB_PASSWORD"} {
			ct.Secret[v] = SecretRef{Secret: SecretLocalDBPassword, Format: "%s"}
		}
	case model.OpsCenterDemo:
		ct.Secret["DATABASE_URL"] = SecretRef{Secret: SecretLocalDBPassword,
			Format: "postgresql://opscenter:%s@" + model.LocalPostgreSQL + ":5432/opscenter"}
		ct.Env["REDIS_URL"] = "redis://" + model.LocalRedis + ":6379/0"
		ct.DependsOn = append(ct.DependsOn, model.LocalPostgreSQL, model.LocalRedis)
	case model.NotificationSink:
		// Opts in to Docker service discovery: proves the docker-sd job end to end.
		ct.Labels[model.DockerSDLabel] = "true"
		ct.Labels[model.DockerSDPortLabel] = "9095"
		ct.Labels[model.DockerSDPathLabel] = "/metrics"
		ct.Labels[model.DockerSDJobLabel] = model.NotificationSink
	}
}

func dependOnStandIn(ct *Container, env model.Environment, standIn string) {
	if env.StandIns {
		ct.DependsOn = append(ct.DependsOn, standIn)
	}
}
