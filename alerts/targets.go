package alerts

import (
	"fmt"
	"strings"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Targets: one target-down alert per scrape job, so that an exporter that stops
// answering is noticed even when no service alert reads its metrics. Where a critical
// service alert covers the same service (OpsCenterDown, DatabaseDown, RedisDown,
// KeycloakDown), inhibition keeps this one quiet.

// allJobsURL is a stand-in public URL so that the TLS probe job exists in the catalog.
const allJobsURL = "https://ops.magicunicorn.tech"

func targetAlerts() []Alert {
	var out []Alert
	for _, j := range model.ScrapeJobs([]string{allJobsURL}) {
		out = append(out, targetDown(j))
	}
	return out
}

// jobContainer is the container a job scrapes: the exporter for probes, Prometheus
// for its own localhost target, else the host part of the first target.
func jobContainer(j model.ScrapeJob) string {
	if j.Probe != "" {
		return model.BlackboxExporter
	}
	host := strings.Split(j.Targets[0].Address, ":")[0]
	if host == "localhost" {
		return model.Prometheus
	}
	return host
}

func targetDown(j model.ScrapeJob) Alert {
	container := jobContainer(j)
	target := j.Targets[0]
	sel := fmt.Sprintf(`up{job="%s",instance="%s"}`, j.Name, target.Address)
	out := labels("job", j.Name, "instance", target.Address)
	for k, v := range target.Labels {
		sel = strings.TrimSuffix(sel, "}") + fmt.Sprintf(`,%s="%s"}`, k, v)
		out[k] = v
	}
	return Alert{
		Name:     "TargetDown" + camel(j.Name),
		Expr:     fmt.Sprintf(`up{job="%s"} == 0 or absent(up{job="%s"})`, j.Name, j.Name),
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: j.Service,
		Summary:      fmt.Sprintf("Scrape job %s has a target down", j.Name),
		Description:  fmt.Sprintf(`Prometheus cannot scrape {{ with $labels.instance }}{{ . }}{{ else }}any target{{ end }} of job %s: its metrics and the alerts that read them are blind.`, j.Name),
		DashboardUID: serviceDashboard(j.Service),
		Jobs:         []string{j.Name},
		Runbook: Runbook{
			Description: fmt.Sprintf("A target of scrape job %s (container %s) has failed every scrape for 5 minutes, or the job has no target at all.", j.Name, container),
			Impact: []string{
				fmt.Sprintf("Metrics of %s stop; dashboards show gaps", j.Service),
				"Alerts that read these metrics cannot fire: the service may be failing unseen",
			},
			Diagnosis: []string{
				targetHealth(j.Name),
				dockerPS(container),
				dockerLogs(container),
				"Check the scrape config Prometheus loaded: `docker exec prometheus promtool check config /etc/prometheus/prometheus.yml`",
			},
			Resolution: []string{
				dockerRestart(container),
				"If the container runs but cannot be reached: check it is on the same Docker network as prometheus (`docker inspect " + container + " --format '{{json .NetworkSettings.Networks}}'`)",
				"If the job is missing from Prometheus: redeploy the monitoring stack (`cdktf deploy`) so the rendered prometheus.yml is loaded",
			},
			Escalation: "Escalate to the monitoring owner if the target is not back within an hour; a blind spot on a critical service is itself an incident.",
		},
		Tests: []Test{
			firing("fires when the target is down", 2*time.Minute, one(fire(out, 0)), series(sel, "1 1 0x30")),
			firing("a missing job does not look healthy", 0, one(fire(labels("job", j.Name), 1)),
				series(`up{job="not-`+j.Name+`",instance="elsewhere:1"}`, "1x30")),
			silent("silent while the target answers", 0, series(sel, "1x30")),
		},
	}
}
