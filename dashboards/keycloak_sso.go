package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

const (
	keycloakLogins = "ops_center_keycloak_logins_total"
	loginFailure   = `result="failure"`
	keycloakServer = `job="` + model.JobKeycloak + `"`
)

func keycloak() spec {
	return spec{
		file: "keycloak-sso", uid: UIDKeycloak, title: titles[UIDKeycloak],
		category: "auth", folder: FolderServices, anchor: keycloakLogins,
		purpose: "Can people sign in? SSO login outcomes and failure reasons recorded by the Ops-Center backend, " +
			"sessions, and the Keycloak server's own view (uchub-keycloak).",
		related: []string{UIDSecurity, UIDAPI, UIDBusiness},
		rows: []row{
			{"Logins", []item{
				{statPanel("Login success rate", "Share of SSO login attempts that succeeded.", units.PercentUnit,
					query(ratio(keycloakLogins, vars, `result="success"`), "success")).
					Thresholds(floorThresholds(loginRed, loginYellow)),
					"Mistyped passwords keep it below 100%: yellow below 95%, red below 80%. A sudden fall with many invalid_credentials failures is usually an attack; with other reasons, an outage."},
				{statPanel("Active sessions", "SSO sessions open now.", units.Short,
					query(`max(`+sel("ops_center_keycloak_active_sessions", vars, "")+`)`, "sessions")),
					"Follows the working day; a drop to zero with logins still succeeding points at session storage."},
				{statPanel("Failed logins per minute (alert signal)", "Failed logins per minute as HighAuthFailureRate evaluates it.", units.OpsPerMinute,
					query(sel(recAuthFailuresPerMin, `job=~"$job"`, ""), "failures/min")).
					Thresholds(alertThresholds(5, 10)),
					"Red at 10 per minute: the alert fires after it stays there."},
				{upStat("Keycloak server up", "Whether Prometheus can scrape the Keycloak server.",
					sel("up", keycloakServer, ""), "{{instance}}"),
					"DOWN pages as KeycloakDown: nobody can sign in."},
				{timeseriesPanel("Login success/failure rate", "Login attempts per second by result.", units.OpsPerSecond,
					query(sumRate(keycloakLogins, vars, "", "result"), "{{result}}")),
					"Failures track successes at a low ratio in normal times; failures rising alone is the signal."},
				{barsPanel("Authentication failures by reason", "Failed logins per second by reason.", units.OpsPerSecond,
					query(sumRate(keycloakLogins, vars, loginFailure, "reason"), "{{reason}}")),
					"invalid_credentials is users or attackers; expired_token and invalid_token point at clock or client problems."},
			}},
			{"Sessions and users", []item{
				{heatmapPanel("Session duration distribution", "How long ended SSO sessions lasted.", units.Seconds,
					heatmapQuery(sumRate("ops_center_keycloak_session_duration_seconds_bucket", vars, "", "le"))),
					"Most sessions should sit near the configured idle timeout; many very short ones suggest forced logouts."},
				{tablePanel("Top users by login count", "Users with the most successful logins per second now (bounded label set).", units.OpsPerSecond,
					tableQuery(`topk(10, `+sumRate("ops_center_user_logins_total", vars, "", "user")+`)`)),
					"A single user far above the rest may be a script logging in on every call."},
				{timeseriesPanel("Keycloak server login events", "Login events as the Keycloak server counts them (event metrics).", units.OpsPerSecond,
					query(sumRate("keycloak_user_events_total", keycloakServer, `event="login"`, "error"), "error={{error}}")),
					"Should agree with the backend's numbers; a gap means logins that never reached Ops-Center."},
			}},
		},
	}
}
