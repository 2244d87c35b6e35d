package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

const apiKeyRequests = "ops_center_api_key_requests_total"

// apiKeyAnomaly is each key's request rate now divided by its average over the
// last day: 1 is usual, 10 is ten times busier than usual.
func apiKeyAnomaly() string {
	perKey := sumRate(apiKeyRequests, vars, "", "key_id")
	return `topk(10, ` + perKey + ` / avg_over_time((` + perKey + `)[1d:5m]))`
}

func security() spec {
	return spec{
		file: "security-events", uid: UIDSecurity, title: titles[UIDSecurity],
		category: "security", folder: FolderSecurity, anchor: "ops_center_suspicious_activity_total",
		purpose: "Is anyone attacking or abusing Ops-Center? Failed logins, rate-limit hits by client, suspicious " +
			"activity, firewall rule triggers and unusual API key use.",
		related: []string{UIDKeycloak, UIDErrors, UIDAPI},
		rows: []row{
			{"Authentication", []item{
				{timeseriesPanel("Failed login attempts", "Failed SSO logins per minute by reason.", units.OpsPerMinute,
					query(sumRate(keycloakLogins, vars, loginFailure, "reason")+` * 60`, "{{reason}}")).
					Thresholds(alertThresholds(5, 10)),
					"HighAuthFailureRate fires above 10 per minute; invalid_credentials bursts are password guessing."},
				{tablePanel("Rate limit hits by IP", "Clients most often rejected by the inbound rate limiter, per second now.", units.RequestsPerSecond,
					tableQuery(`topk(10, `+sumRate("ops_center_rate_limit_hits_total", vars, `scope="inbound"`, "client_ip")+`)`)),
					"One address at the top for hours is a candidate for a firewall rule; many addresses is a distributed attack."},
			}},
			{"Threats", []item{
				{barsPanel("Suspicious activity alerts", "Suspicious activity events per second by kind.", units.OpsPerSecond,
					query(sumRate("ops_center_suspicious_activity_total", vars, "", "kind"), "{{kind}}")),
					"Any bar deserves a look at the audit log for that kind around that time."},
				{barsPanel("Firewall rule triggers", "Firewall rule matches per second by rule.", units.OpsPerSecond,
					query(sumRate("ops_center_firewall_rule_triggers_total", vars, "", "rule"), "{{rule}}")),
					"A rule firing constantly may be too broad and blocking real users; check with the Errors dashboard."},
				{tablePanel("API key usage anomalies", "API keys whose request rate now is highest relative to their own average over the last day.", units.Short,
					tableQuery(apiKeyAnomaly())).Thresholds(alertThresholds(3, 10)),
					"Values near 1 are usual; a key at 10 or more is either a new integration or a leaked key."},
			}},
		},
	}
}
