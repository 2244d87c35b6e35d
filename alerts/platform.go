package alerts

import (
	"fmt"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Platform: the monitoring pipeline watching itself (Watchdog, Prometheus and
// Alertmanager health), containers, certificates and Lago billing reachability.

func platformAlerts() []Alert {
	return []Alert{
		watchdog(),
		configReloadFailed(model.Prometheus, model.JobPrometheus, model.ServicePrometheus, "localhost:9090", reloadCheck{
			config:  "docker exec prometheus promtool check config /etc/prometheus/prometheus.yml",
			extra:   "Check the rules: `docker exec prometheus promtool check rules /etc/prometheus/alert-rules.yml /etc/prometheus/recording-rules.yml`",
			source:  "alerts/ and the prometheus.yml renderer",
			reload:  reload(model.Prometheus),
			effects: "Changes to scrape jobs and alert rules are not in effect; alerts may be stale or missing",
		}),
		prometheusRuleEvaluationFailures(),
		configReloadFailed(model.Alertmanager, model.JobAlertmanager, model.ServiceAlertmanager, "alertmanager:9093", reloadCheck{
			config:  "docker exec alertmanager amtool check-config /etc/alertmanager/alertmanager.yml",
			extra:   "Check the secret files exist: `docker exec alertmanager ls -l /run/secrets/`",
			source:  "render/amconfig",
			reload:  reload(model.Alertmanager),
			effects: "Changes to routes, receivers and inhibitions are not in effect",
		}),
		alertmanagerNotificationsFailing(),
		containerRestartLoop(), lagoDown(),
		tlsExpiry("TLSCertificateExpiringSoon", SeverityHigh, 14, time.Hour),
		tlsExpiry("TLSCertificateExpiryImminent", SeverityCritical, 3, 10*time.Minute),
	}
}

// WatchdogName is the always-firing alert that proves the pipeline end to end.
const WatchdogName = "Watchdog"

func watchdog() Alert {
	return Alert{
		Name:     WatchdogName,
		Expr:     `vector(1)`,
		Severity: SeverityNone, Service: model.ServiceMonitoring,
		Summary:      "Alerting pipeline heartbeat",
		Description:  `Always firing. If its receiver stops getting it, Prometheus, Alertmanager or the path between them is broken.`,
		DashboardUID: DashSystemHealth,
		Runbook: Runbook{
			Description: "The Watchdog always fires. Alertmanager sends it to the watchdog receiver (a dead man's switch) every few minutes; the switch raises the alarm when it stops arriving.",
			Impact:      []string{"None while it arrives. When it stops, no alert at all can reach anyone."},
			Diagnosis: []string{
				"Is Prometheus up and evaluating? `" + promAPI("/api/v1/rules", `.data.groups[].rules[] | select(.name=="Watchdog") | .state`) + "`",
				"Does Alertmanager have it? `" + amtool("alert query alertname=Watchdog") + "`",
				"Is Prometheus sending to Alertmanager? `" + promAPI("/api/v1/alertmanagers", ".data.activeAlertmanagers") + "`",
				"Is Alertmanager failing to deliver? `" + amMetrics(`alertmanager_notifications_failed_total`) + "`",
				"Did Alertmanager just restart (a deploy that changes its configuration replaces it)? It keeps alerts in memory only, so firing alerts, the Watchdog among them, are back in it at Prometheus's next resend: a gap of up to Prometheus's resend delay (its rules.alert.resend-delay flag, 30s in production) plus group_wait is expected, not a fault.",
			},
			Resolution: []string{
				"Restart what is down: `docker restart prometheus` or `docker restart alertmanager`",
				"If the webhook URL changed: " + redeploySecret("watchdog_url"),
			},
			Escalation: "If the heartbeat is lost for 10 minutes, treat monitoring as down: page the monitoring owner by phone.",
		},
		Tests: []Test{
			firing("always fires", 0, one(fire(map[string]string{}, 1))),
		},
	}
}

func prometheusRuleEvaluationFailures() Alert {
	sel := `prometheus_rule_evaluation_failures_total{job="prometheus",instance="localhost:9090",rule_group="/etc/prometheus/alert-rules.yml;api"}`
	return Alert{
		Name:     "PrometheusRuleEvaluationFailures",
		Expr:     `increase(prometheus_rule_evaluation_failures_total{job="prometheus"}[5m]) > 0`,
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServicePrometheus,
		Summary:      "Prometheus fails to evaluate rules",
		Description:  `Rules of group {{ $labels.rule_group }} failed to evaluate in the last 5 minutes: their alerts cannot fire.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobPrometheus},
		Runbook: Runbook{
			Description: "Prometheus has failed to evaluate rules of a group for 5 minutes.",
			Impact:      []string{"Alerts and recording rules of that group produce nothing: real problems go unalerted"},
			Diagnosis: []string{
				"See which rule fails and why: `" + promAPI("/api/v1/rules", `.data.groups[].rules[] | select(.health!="ok") | {name, lastError}`) + "`",
				"Read the log: `docker logs prometheus 2>&1 | grep -i 'evaluating rule' | tail`",
			},
			Resolution: []string{
				"Typical cause: a many-to-many match or duplicate series after a label change; fix the expression in alerts/ and redeploy",
				"Run the rules' promtool tests in the repository before deploying: `make test-unit`",
			},
			Escalation: "Escalate to the monitoring owner within a working day; at once if a critical alert's group fails.",
		},
		Tests: []Test{
			firing("fires when evaluations fail", 2*time.Minute,
				one(fire(labels("job", "prometheus", "instance", "localhost:9090", "rule_group", "/etc/prometheus/alert-rules.yml;api"), 0)),
				series(sel, "0 0 1+1x30")),
			silent("silent without failures", 0, series(sel, "0x30")),
		},
	}
}

func alertmanagerNotificationsFailing() Alert {
	sel := `alertmanager_notifications_failed_total{job="alertmanager",instance="alertmanager:9093",integration="slack",reason="serverError"}`
	return Alert{
		Name:     "AlertmanagerNotificationsFailing",
		Expr:     `sum by (job, instance, integration) (increase(alertmanager_notifications_failed_total{job="alertmanager"}[5m])) > 0`,
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceAlertmanager,
		Summary:      "Alertmanager cannot deliver {{ $labels.integration }} notifications",
		Description:  `Notifications through {{ $labels.integration }} have failed in the last 5 minutes: people may not be hearing about alerts.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobAlertmanager},
		Runbook: Runbook{
			Description: "Alertmanager has failed to deliver notifications through an integration (slack, email, pagerduty or webhook) for 5 minutes. It reaches people through the other integrations of the same receiver.",
			Impact:      []string{"Alerts do not reach one channel; on-call may miss pages"},
			Diagnosis: []string{
				"Read the error: `docker logs alertmanager 2>&1 | grep -i 'notify' | tail -20`",
				"See the counts: `" + amMetrics(`-E 'alertmanager_notifications_(failed_)?total'`) + "`",
				"Check the secrets: `docker exec alertmanager ls -l /run/secrets/`",
			},
			Resolution: []string{
				"slack: the webhook URL was revoked: " + redeploySecret("slack_api_url"),
				"pagerduty: check the routing key: " + redeploySecret("pagerduty_routing_key"),
				"email: check the SMTP relay, then " + redeploySecret("smtp_password"),
			},
			Escalation: "If pagerduty fails, escalate to the monitoring owner at once: critical alerts are not paging.",
		},
		Tests: []Test{
			firing("fires when slack deliveries fail", 2*time.Minute,
				one(fire(labels("job", "alertmanager", "instance", "alertmanager:9093", "integration", "slack"), 0)),
				series(sel, "0 0 1+1x30")),
			silent("silent without failures", 0, series(sel, "0x30")),
		},
	}
}

func containerRestartLoop() Alert {
	sel := `container_start_time_seconds{job="cadvisor",instance="cadvisor:8080",name="unicorn-redis",image="redis:7.0"}`
	return Alert{
		Name:     "ContainerRestartLoop",
		Expr:     `changes(container_start_time_seconds{job="cadvisor",name!=""}[15m]) >= 3`,
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceContainers,
		Summary:      "Container {{ $labels.name }} is restarting in a loop",
		Description:  `{{ $labels.name }} has started {{ $value }} times in the last 15 minutes.`,
		DashboardUID: DashDocker,
		Jobs:         []string{model.JobCAdvisor},
		Runbook: Runbook{
			Description: "cAdvisor has seen a container start 3 or more times in 15 minutes, for 5 minutes: it crashes and Docker restarts it.",
			Impact:      []string{"The service in that container is down most of the time and loses in-flight work"},
			Diagnosis: []string{
				"Restart count and last exit: `docker inspect <name> --format '{{.RestartCount}} {{.State.ExitCode}} {{.State.OOMKilled}} {{.State.Error}}'`",
				"Logs of the crashed run: `docker logs <name> --tail 100`",
				"Events: `docker events --since 30m --filter container=<name> --until 0s`",
			},
			Resolution: []string{
				"If OOMKilled: raise its memory limit or fix the leak",
				"If it fails on configuration: fix the config and redeploy; stop the loop meanwhile with `docker update --restart=no <name>`",
				"If a dependency is missing: start the dependency first",
			},
			Escalation: "Escalate to the owner of the service in the container if it keeps looping for 30 minutes.",
		},
		Tests: []Test{
			firing("fires after three restarts", 4*time.Minute,
				one(fire(labels("job", "cadvisor", "instance", "cadvisor:8080", "name", "unicorn-redis", "image", "redis:7.0"), 3)),
				series(sel, "100 100 200 300 400x30")),
			silent("silent after one restart", 2*time.Minute, series(sel, "100 100 200x30")),
		},
	}
}

func lagoDown() Alert {
	probe := `probe_success{job="blackbox-http",instance="http://unicorn-lago-api:3000/health",service="lago"}`
	return Alert{
		Name:     "LagoDown",
		Expr:     `probe_success{job="blackbox-http",service="lago"} == 0`,
		For:      2 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceLago,
		Summary:      "Lago billing API is unreachable",
		Description:  `The health probe of {{ $labels.instance }} fails: invoices, payments and subscription changes are not processed.`,
		DashboardUID: DashLago,
		Jobs:         []string{model.JobBlackboxHTTP},
		Runbook: Runbook{
			Description: "The blackbox probe of Lago's /health (container unicorn-lago-api) has failed for 2 minutes.",
			Impact: []string{
				"Subscription changes and invoices fail in Ops-Center",
				"Lago webhooks queue up",
			},
			Diagnosis: []string{
				dockerPS("unicorn-lago-api"),
				dockerLogs("unicorn-lago-api"),
				"Probe it: `docker exec blackbox-exporter wget -qO- http://unicorn-lago-api:3000/health`",
				"Its Redis: `docker exec unicorn-lago-redis redis-cli ping`",
			},
			Resolution: []string{
				"`docker restart unicorn-lago-api` and watch its logs",
				"If unicorn-lago-redis or PostgreSQL is down, restore it first (RedisDown, DatabaseDown)",
			},
			Escalation: "Tell the billing owner if Lago is down for more than 30 minutes.",
		},
		Tests: []Test{
			firing("fires when the probe fails", 2*time.Minute,
				one(fire(labels("job", "blackbox-http", "instance", "http://unicorn-lago-api:3000/health", "service", "lago"), 0)),
				series(probe, "1 1 0x30")),
			silent("silent while the probe succeeds", 0, series(probe, "1x30")),
		},
	}
}

func tlsExpiry(name string, sev Severity, days int, forDur time.Duration) Alert {
	const url = allJobsURL
	sel := `probe_ssl_earliest_cert_expiry{job="blackbox-tls",instance="` + url + `"}`
	threshold := days * 86400
	day := 86400
	// The certificate is its own resource: the expiry tiers inhibit each other,
	// never Traefik's target alert.
	return Alert{
		Name:     name,
		Expr:     `probe_ssl_earliest_cert_expiry{job="blackbox-tls"} < time() + ` + itoa(threshold),
		For:      forDur,
		Severity: sev, Service: model.ServiceTraefik, Labels: resource("certificate"),
		Summary:      "TLS certificate of {{ $labels.instance }} expires within " + itoa(days) + " days",
		Description:  `The certificate served at {{ $labels.instance }} expires at {{ $value | humanizeTimestamp }}; Traefik's ACME renewal has not replaced it.`,
		DashboardUID: DashSecurity,
		Jobs:         []string{model.JobBlackboxTLS},
		Runbook: Runbook{
			Description: "The earliest-expiring certificate in the chain served at a public URL expires within " + itoa(days) + " days (checked by the blackbox https_tls probe). Traefik renews Let's Encrypt certificates 30 days ahead, so renewal is failing.",
			Impact:      []string{"When it expires, browsers refuse the site and API clients fail TLS"},
			Diagnosis: []string{
				"See the served certificate: `echo | openssl s_client -connect ops.magicunicorn.tech:443 -servername ops.magicunicorn.tech 2>/dev/null | openssl x509 -noout -dates -issuer`",
				"Read Traefik's ACME errors: `docker logs traefik 2>&1 | grep -i acme | tail -20`",
				promQuery(`(probe_ssl_earliest_cert_expiry - time()) / 86400`),
			},
			Resolution: []string{
				"Fix what blocks the ACME challenge (DNS record, port 80/443 reachability, rate limit) and `docker restart traefik` to retry",
				"If renewal cannot be fixed in time: install a certificate by hand in Traefik's file provider",
			},
			Escalation: "Escalate to the infrastructure owner at once when under 3 days.",
		},
		Tests: []Test{
			// Times start at the Unix epoch in promtool, so time() is the test clock.
			firing("fires for a certificate expiring sooner", 0,
				one(fire(labels("job", "blackbox-tls", "instance", url), float64(threshold-day))),
				series(sel, itoa(threshold-day)+"x100")),
			silent("silent for a certificate valid longer", 0, series(sel, itoa(threshold+day)+"x100")),
		},
	}
}

// reloadCheck holds the component-specific commands of a config-reload runbook.
type reloadCheck struct{ config, extra, source, reload, effects string }

// configReloadFailed watches <component>_config_last_reload_successful, which
// Prometheus and Alertmanager both export.
func configReloadFailed(component, job string, service model.Service, instance string, c reloadCheck) Alert {
	metric := component + "_config_last_reload_successful"
	sel := fmt.Sprintf(`%s{job="%s",instance="%s"}`, metric, job, instance)
	title := camel(component)
	return Alert{
		Name:     title + "ConfigReloadFailed",
		Expr:     fmt.Sprintf(`%s{job="%s"} == 0`, metric, job),
		For:      10 * time.Minute,
		Severity: SeverityHigh, Service: service,
		Summary:      title + " failed to reload its configuration",
		Description:  title + ` {{ $labels.instance }} rejected its last configuration reload and keeps running the previous one.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{job},
		Runbook: Runbook{
			Description: title + "'s last configuration reload has failed for 10 minutes.",
			Impact:      []string{c.effects},
			Diagnosis: []string{
				"Read the error: `docker logs " + component + " 2>&1 | grep -iE 'error|reload' | tail`",
				"Check the file: `" + c.config + "`",
				c.extra,
			},
			Resolution: []string{
				"Fix the Go source that renders the file (" + c.source + "), run its tests, and `make deploy ENV=<env>` from the repository",
				"Reload: `" + c.reload + "`",
			},
			Escalation: "Escalate to the monitoring owner if not fixed within a working day.",
		},
		Tests: []Test{
			firing("fires after a failed reload", time.Minute, one(fire(labels("job", job, "instance", instance), 0)), series(sel, "1 0x30")),
			silent("silent after good reloads", 0, series(sel, "1x30")),
		},
	}
}
