package alerts

import (
	"fmt"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Probe latency: a health endpoint that still answers but slowly is the warning
// before it fails. One alert per probed service, so that the service label (which
// routes and inhibits) is the service's own: its Down alert mutes it.

// probeSlowSeconds is the mean probe time that counts as degraded; the http_2xx
// module times out at 5s, where the probe fails and the Down alerts take over.
const probeSlowSeconds = 1

func probeAlerts() []Alert {
	var out []Alert
	for _, j := range model.ScrapeJobs(nil) {
		if j.Name != model.JobBlackboxHTTP {
			continue
		}
		for _, t := range j.Targets {
			out = append(out, probeSlow(j, t))
		}
	}
	return out
}

func probeSlow(j model.ScrapeJob, t model.Target) Alert {
	svc := model.Service(t.Labels["service"])
	sel := fmt.Sprintf(`{job="%s",service="%s"}`, j.Name, svc)
	in := func(metric, values string) Series {
		return series(fmt.Sprintf(`%s{job="%s",instance="%s",service="%s"}`, metric, j.Name, t.Address, svc), values)
	}
	return Alert{
		Name: camel(string(svc)) + "ProbeSlow",
		Expr: fmt.Sprintf(`avg_over_time(probe_duration_seconds%s[5m]) > %d and on(job, instance) min_over_time(probe_success%s[5m]) == 1`,
			sel, probeSlowSeconds, sel),
		For:      10 * time.Minute,
		Severity: SeverityMedium, Service: svc,
		Summary:      fmt.Sprintf("%s health checks are slow", svc),
		Description:  `Probes of {{ $labels.instance }} took {{ $value | humanizeDuration }} on average over 5 minutes while still succeeding.`,
		DashboardUID: serviceDashboard(svc),
		Jobs:         []string{j.Name},
		Runbook: Runbook{
			Description: fmt.Sprintf("The blackbox probe of %s has taken more than %ds on average for 10 minutes, and every probe in the window succeeded. It is the early sign before the probe times out (5s) and the service's Down alert fires, which then inhibits this one.", t.Address, probeSlowSeconds),
			Impact:      []string{"Users wait longer on every page that depends on " + string(svc)},
			Diagnosis: []string{
				"Time a request as the probe does: `docker exec blackbox-exporter wget -qO- " + t.Address + "`",
				"Where the time goes: " + promQuery(`avg_over_time(probe_http_duration_seconds{job="blackbox-http",service="`+string(svc)+`"}[5m])`),
				"Host pressure: see CPUOver80Percent and MemoryOver90Percent",
			},
			Resolution: []string{
				"If one phase (connect, tls, processing) dominates, fix that part: network, certificate chain, or the service's own slowness",
				"If the service is saturated: find the cause in its dashboard before restarting it",
			},
			Escalation: fmt.Sprintf("Tell the %s owner; escalate if it turns into a failing probe.", svc),
		},
		Tests: []Test{
			firing("fires at 2s probes that still succeed", 0, one(fire(labels("job", j.Name, "instance", t.Address, "service", string(svc)), 2)),
				in("probe_duration_seconds", "2x40"), in("probe_success", "1x40")),
			silent("silent at 0.5s probes", 0, in("probe_duration_seconds", "0.5x40"), in("probe_success", "1x40")),
			silent("a failing probe is the Down alert's, not this one's", 0,
				in("probe_duration_seconds", "5x40"), in("probe_success", "0x40")),
		},
	}
}
