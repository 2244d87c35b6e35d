package alerts

import (
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Meta: the monitoring pipeline's own failures that the platform group does not
// already watch (rule evaluation failures and Alertmanager delivery failures are
// there): Prometheus' path to Alertmanager, its rule groups falling behind, its
// TSDB, Alertmanager's gossip cluster and the Thanos components of the HA setup.
// Every metric name was read in the pinned upstream source; each runbook names the
// component and file that exports it.

func metaAlerts() []Alert {
	return []Alert{
		prometheusAlertmanagerSendErrors(), prometheusNotificationQueueOverflow(),
		prometheusNotConnectedToAlertmanagers(), prometheusRuleGroupIterationsMissed(),
		prometheusTSDBCompactionsFailing(), prometheusTSDBWALCorrupted(),
		alertmanagerClusterMembersMissing(), alertmanagerClusterGossipFailing(),
		thanosSidecarUploadFailing(), thanosCompactHalted(), thanosQueryStoreEndpointsLost(),
	}
}

const (
	promSelf = `job="prometheus",instance="localhost:9090"`
	// amSendURL is the alertmanager label of Prometheus' notifier series: the URL
	// its send loop posts to (notifier/sendloop.go), from the rendered alerting config.
	amSendURL = "http://alertmanager:9093/api/v2/alerts"
)

func notifierSeries(metric, values string) Series {
	return series(metric+`{`+promSelf+`,alertmanager="`+amSendURL+`"}`, values)
}

// sporadic is a counter that rises once every ten minutes from t=2m: each rise
// keeps a 5m increase() above 0 for five minutes, never for the alert's `for`.
const sporadic = "0 0 1x9 2x9 3x9 4x9"

// lastingFaultTests prove an alert that needs a counter to rise in every 5m window
// for 15m: it fires while the counter rises every minute; a rise every ten minutes
// (a fault the next try repairs; the counter stands still in between) is checked at
// 15m15s, with the rise at 12m still in the window, and must be pending only. others
// are further input series of both cases.
func lastingFaultTests(s func(values string) Series, out map[string]string, others ...Series) []Test {
	with := func(values string) []Series { return append([]Series{s(values)}, others...) }
	return []Test{
		firing("fires while the counter keeps rising", 2*time.Minute, one(fire(out, 0)), with("0 0 1+1x20")...),
		silent("a rise every ten minutes is not alerted", 0, with(sporadic)...),
	}
}

// notDeliveredAlone is what every alert on Prometheus' own path to Alertmanager
// must say: the broken path cannot carry the alert about itself.
const notDeliveredAlone = "When this Prometheus reaches no Alertmanager at all, this alert cannot leave it either: the Watchdog's dead man's switch is what pages then, and Grafana's own rules (the same catalog, evaluated by Grafana) deliver this alert through Grafana's contact points"

func prometheusAlertmanagerSendErrors() Alert {
	errs := `prometheus_notifications_errors_total{job="prometheus"}`
	sent := `prometheus_notifications_sent_total{job="prometheus"}`
	out := labels("job", "prometheus", "instance", "localhost:9090", "alertmanager", amSendURL)
	return Alert{
		Name: "PrometheusAlertmanagerSendErrors",
		// sent_total counts only alerts delivered (notifier/sendloop.go adds to it after
		// a successful post), so the attempts are errors + sent.
		Expr:     `rate(` + errs + `[5m]) / (rate(` + errs + `[5m]) + rate(` + sent + `[5m])) > 0.01`,
		For:      10 * time.Minute,
		Severity: SeverityHigh, Service: model.ServicePrometheus, Labels: resource("notifications"),
		Summary:      "Prometheus fails to send alerts to {{ $labels.alertmanager }}",
		Description:  `{{ $value | humanizePercentage }} of the alerts Prometheus {{ $labels.instance }} tried to send to {{ $labels.alertmanager }} in the last 5 minutes failed; they were dropped, not retried.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobPrometheus},
		Runbook: Runbook{
			Description: "More than 1% of the alerts Prometheus posted to one Alertmanager failed, for 10 minutes. Prometheus (notifier/metric.go and notifier/sendloop.go of v0.316.0) counts the alerts of every failed post in prometheus_notifications_errors_total and of every delivered one in prometheus_notifications_sent_total, per Alertmanager URL; a failed batch is dropped, and a still-firing alert reaches Alertmanager again only at its next resend.",
			Impact: []string{
				"Alerts, and their resolved notifications, are late or missing at that Alertmanager; with several Alertmanager peers the others still deliver",
				notDeliveredAlone,
			},
			Diagnosis: []string{
				"Is Alertmanager up? If TargetDownAlertmanager fires too, it is down: start there",
				"Which Alertmanagers Prometheus uses: `" + promAPI("/api/v1/alertmanagers", ".data") + "`",
				"Read the send errors: `docker logs prometheus 2>&1 | grep -i 'error sending alerts' | tail -20`",
				promQuery(`rate(prometheus_notifications_errors_total[5m])`),
			},
			Resolution: []string{
				"Alertmanager down or restarting: `docker start alertmanager`, then watch the error rate fall",
				"Timeouts under load: look at Alertmanager's CPU and memory (`docker stats --no-stream alertmanager`) and restart it if it is stuck: `docker restart alertmanager`",
				"Refused by Alertmanager (4xx in the log): the alerts are invalid for it, e.g. after an upgrade; fix the rule labels in alerts/ and redeploy",
			},
			Escalation: "Escalate to the monitoring owner at once if the Watchdog's heartbeat has stopped too: nothing is paging.",
		},
		Tests: []Test{
			steady(firing("fires when half the alerts fail to send", 2*time.Minute, one(fire(out, 0.5)),
				notifierSeries("prometheus_notifications_errors_total", "0 0 10+10x30"),
				notifierSeries("prometheus_notifications_sent_total", "0 0 10+10x30"))),
			silent("silent while every send succeeds", 0,
				notifierSeries("prometheus_notifications_errors_total", "0x30"),
				notifierSeries("prometheus_notifications_sent_total", "0+10x30")),
		},
	}
}

func prometheusNotificationQueueOverflow() Alert {
	out := labels("job", "prometheus", "instance", "localhost:9090", "alertmanager", amSendURL)
	return Alert{
		Name: "PrometheusNotificationQueueOverflow",
		// A failed post drops its batch too (counted in errors_total as well): that is
		// PrometheusAlertmanagerSendErrors' failure. Drops while no send fails come from
		// the queue (notifier/sendloop.go add()).
		Expr: `increase(prometheus_notifications_dropped_total{job="prometheus"}[5m]) > 0` +
			` unless on (job, instance, alertmanager) increase(prometheus_notifications_errors_total{job="prometheus"}[5m]) > 0`,
		Severity: SeverityHigh, Service: model.ServicePrometheus, Labels: resource("notifications"),
		Summary:      "Prometheus drops alerts: its queue for {{ $labels.alertmanager }} is full",
		Description:  `Prometheus {{ $labels.instance }} dropped alerts meant for {{ $labels.alertmanager }} in the last 5 minutes although no send failed: more alerts arrived than its notification queue holds.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobPrometheus},
		Runbook: Runbook{
			Description: "Prometheus dropped alerts for one Alertmanager in the last 5 minutes while every post to it succeeded. Prometheus keeps one queue per Alertmanager (notifier/sendloop.go of v0.316.0, capacity prometheus_notifications_queue_capacity, flag --alertmanager.notification-queue-capacity, 10000 by default); when alerts arrive faster than it posts them, the oldest are dropped and counted in prometheus_notifications_dropped_total. Drops after a failed post are PrometheusAlertmanagerSendErrors'.",
			Impact: []string{
				"Some alerts or resolved notifications never reached Alertmanager; still-firing alerts are sent again at the next resend (30s in production)",
				"A burst this large usually means an alert storm: many alerts fire at once",
			},
			Diagnosis: []string{
				"How full the queues are: " + promQuery(`prometheus_notifications_queue_length / on(job, instance) group_left prometheus_notifications_queue_capacity`),
				"How many alerts fire: " + promQuery(`count by (alertname) (ALERTS{alertstate="firing"})`),
				"How slow the posts are: " + promQuery(`rate(prometheus_notifications_latency_seconds_sum[5m]) / rate(prometheus_notifications_latency_seconds_count[5m])`),
			},
			Resolution: []string{
				"An alert storm from one rule (an expression that fires per series): fix its labels or aggregation in alerts/ and redeploy",
				"Posts slow because Alertmanager is overloaded: check `docker stats --no-stream alertmanager` and restart it if it is stuck: `docker restart alertmanager`",
			},
			Escalation: "Escalate to the monitoring owner within a working day; at once if critical alerts are among the dropped ones.",
		},
		Tests: []Test{
			firing("fires when alerts are dropped while sends succeed", 2*time.Minute, one(fire(out, 0)),
				notifierSeries("prometheus_notifications_dropped_total", "0 0 50x30"),
				notifierSeries("prometheus_notifications_errors_total", "0x30")),
			silent("drops after failed sends are the send-error alert's", 2*time.Minute,
				notifierSeries("prometheus_notifications_dropped_total", "0 0 50x30"),
				notifierSeries("prometheus_notifications_errors_total", "0 0 50x30")),
			silent("silent while nothing is dropped", 0,
				notifierSeries("prometheus_notifications_dropped_total", "0x30"),
				notifierSeries("prometheus_notifications_errors_total", "0x30")),
		},
	}
}

func prometheusNotConnectedToAlertmanagers() Alert {
	sel := `prometheus_notifications_alertmanagers_discovered{` + promSelf + `}`
	return Alert{
		Name: "PrometheusNotConnectedToAlertmanagers",
		// Below 1, not below the number of peers: the rendered alerting config lists
		// its Alertmanagers statically, so a peer that is down stays discovered (its
		// send errors are PrometheusAlertmanagerSendErrors'); none means no config.
		Expr:     `prometheus_notifications_alertmanagers_discovered{job="prometheus"} < 1`,
		For:      5 * time.Minute,
		Severity: SeverityCritical, Service: model.ServicePrometheus, Labels: resource("notifications"),
		Summary:      "Prometheus has no Alertmanager to send alerts to",
		Description:  `Prometheus {{ $labels.instance }} has discovered no Alertmanager: every alert it fires goes nowhere.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobPrometheus},
		Runbook: Runbook{
			Description: "Prometheus has had no Alertmanager to send to for 5 minutes (prometheus_notifications_alertmanagers_discovered, a gauge of Prometheus' notifier, notifier/metric.go of v0.316.0). The rendered prometheus.yml lists Alertmanager statically, so this means the alerting section is missing or was rejected, not that Alertmanager is down.",
			Impact: []string{
				"No alert of this Prometheus reaches anyone: an outage tonight would page no one",
				notDeliveredAlone,
			},
			Diagnosis: []string{
				"What Prometheus uses: `" + promAPI("/api/v1/alertmanagers", ".data") + "`",
				"The alerting section it loaded: `docker exec prometheus grep -A4 '^alerting' /etc/prometheus/prometheus.yml`",
				"Did the last reload fail? `docker logs prometheus 2>&1 | grep -iE 'error|reload' | tail`",
			},
			Resolution: []string{
				"Redeploy from the repository so the rendered prometheus.yml (render/promconfig) is in place: `make deploy ENV=<env>`",
				"Reload: `" + reload(model.Prometheus) + "`",
			},
			Escalation: "Page the monitoring owner by phone at once: alerting is off.",
		},
		Tests: []Test{
			firing("fires when no Alertmanager is discovered", 2*time.Minute, one(fire(labels("job", "prometheus", "instance", "localhost:9090"), 0)),
				series(sel, "1 1 0x30")),
			silent("silent while Alertmanager is configured", 0, series(sel, "1x30")),
		},
	}
}

func prometheusRuleGroupIterationsMissed() Alert {
	const group = "/etc/prometheus/alert-rules.yml;slo"
	sel := `prometheus_rule_group_iterations_missed_total{` + promSelf + `,rule_group="` + group + `"}`
	return Alert{
		Name:     "PrometheusRuleGroupIterationsMissed",
		Expr:     `increase(prometheus_rule_group_iterations_missed_total{job="prometheus"}[5m]) > 0`,
		For:      15 * time.Minute,
		Severity: SeverityHigh, Service: model.ServicePrometheus, Labels: resource("rules"),
		Summary:      "Prometheus skips evaluations of rule group {{ $labels.rule_group }}",
		Description:  `Rule group {{ $labels.rule_group }} has taken longer than its interval for 15 minutes, so Prometheus skips evaluations: its alerts fire late.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobPrometheus},
		Runbook: Runbook{
			Description: "Prometheus has skipped evaluations of a rule group in every 5-minute window for 15 minutes (prometheus_rule_group_iterations_missed_total, exported by Prometheus' rule manager, rules/group.go of v0.316.0). An evaluation is skipped when the previous one is still running: the group takes longer than its interval.",
			Impact: []string{
				"The group's alerts are evaluated less often than configured: pages come late, and `for` durations stretch",
				"Recording rules of the group leave gaps that dashboards and SLO alerts read",
			},
			Diagnosis: []string{
				"Which group and how long it takes: `" + promAPI("/api/v1/rules", `.data.groups[] | {name, interval, evaluationTime}`) + "`",
				"The slowest rules: `" + promAPI("/api/v1/rules", `[.data.groups[].rules[] | {name, evaluationTime}] | sort_by(.evaluationTime) | .[-5:]`) + "`",
				"Is Prometheus short of CPU or memory? `docker stats --no-stream prometheus`",
			},
			Resolution: []string{
				"A slow expression (a large range, a high-cardinality selector): move the heavy part into a recording rule in alerts/recording.go and redeploy",
				"Prometheus starved of CPU: raise its limit or move load off the host",
			},
			Escalation: "Escalate to the monitoring owner within a working day; the same day if the slo or availability groups are the ones behind.",
		},
		Tests: lastingFaultTests(fixed(sel), labels("job", "prometheus", "instance", "localhost:9090", "rule_group", group)),
	}
}
