package alerts

import (
	"fmt"
	"slices"
	"strings"
	"time"

	promlabels "github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Targets: one target-down alert per scrape job, so that an exporter that stops
// answering is noticed even when no service alert reads its metrics. A job whose
// `up` a service alert already reads (OpsCenterDown, DatabaseDown, RedisDown) gets
// none: one failure, one alert. Where the service also has a health probe
// (Keycloak), the target alert fires only while the probe still succeeds: a failing
// probe is the service's own, critical alert, and a lone scrape failure is a blind
// spot, not an outage. A probe job's alert holds while the blackbox exporter itself
// is down: one dead exporter, one page (TargetDownBlackbox).

// allJobsURL is a stand-in public URL so that the TLS probe job exists in the catalog.
const allJobsURL = "https://ops.magicunicorn.tech"

func targetAlerts() []Alert {
	var out []Alert
	covered := upReadBy(availabilityAlerts())
	for _, j := range model.ScrapeJobs([]string{allJobsURL}) {
		if _, ok := covered[j.Name]; !ok {
			out = append(out, targetDown(j))
		}
	}
	return out
}

// upReadBy maps each job whose `up{job="..."}` an alert reads to that alert.
func upReadBy(in []Alert) map[string]string {
	out := map[string]string{}
	for _, a := range in {
		for _, job := range jobsOfMetric(a.Expr, "up") {
			out[job] = a.Name
		}
	}
	return out
}

// jobsOfMetric lists the job="..." values of every selector of metric in expr that
// selects the whole job (no other matcher narrows it to some of its targets). A
// selector on the right of `unless` is a guard that holds the alert back, not what
// it alerts on.
func jobsOfMetric(expr, metric string) []string {
	e, err := promql.ParseExpr(expr)
	if err != nil {
		return nil // Validate reports it
	}
	var out []string
	parser.Inspect(e, func(n parser.Node, path []parser.Node) error {
		vs, ok := n.(*parser.VectorSelector)
		if !ok || vs.Name != metric || inUnlessGuard(n, path) {
			return nil
		}
		job, narrowed := "", false
		for _, m := range vs.LabelMatchers {
			switch {
			case m.Name == "job" && m.Type == promlabels.MatchEqual:
				job = m.Value
			case m.Name != promlabels.MetricName:
				narrowed = true
			}
		}
		if job != "" && !narrowed && !slices.Contains(out, job) {
			out = append(out, job)
		}
		return nil
	})
	return out
}

// inUnlessGuard: n sits on the right-hand side of an `unless` among its ancestors.
func inUnlessGuard(n parser.Node, path []parser.Node) bool {
	for i, p := range path {
		b, ok := p.(*parser.BinaryExpr)
		if !ok || b.Op != parser.LUNLESS {
			continue
		}
		next := n
		if i+1 < len(path) {
			next = path[i+1]
		}
		if next == b.RHS {
			return true
		}
	}
	return false
}

// healthProbe is the HTTP probe target of a service, if the model declares one.
func healthProbe(s model.Service) (model.Target, bool) {
	for _, j := range model.ScrapeJobs(nil) {
		if j.Name != model.JobBlackboxHTTP {
			continue
		}
		for _, t := range j.Targets {
			if t.Labels["service"] == string(s) {
				return t, true
			}
		}
	}
	return model.Target{}, false
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

// unreachable is the runbook's step for a target whose container runs but does
// not answer: a shared network, or for one in the host's namespaces, the host's
// firewall between Prometheus and the address it listens on.
func unreachable(container string) string {
	if c, ok := model.ComponentByName(container); ok && c.HostNamespaces {
		return "If the container runs but cannot be reached: it is in the host's network, listening on the gateway of the network opsmon-<env>-host (host_subnet in the environment file); " +
			"check that a host firewall lets TCP " + fmt.Sprint(c.Port) + " in from that subnet on its bridge (docs/MONITORING_SETUP.md, node-exporter in the host's network)"
	}
	return "If the container runs but cannot be reached: check it is on the same Docker network as prometheus (`docker inspect " + container + " --format '{{json .NetworkSettings.Networks}}'`)"
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
	expr := fmt.Sprintf(`up{job="%s"} == 0 or absent(up{job="%s"})`, j.Name, j.Name)
	tests := []Test{
		firing("fires when the target is down", 2*time.Minute, one(fire(out, 0)), series(sel, "1 1 0x30")),
		firing("a missing job does not look healthy", 0, one(fire(labels("job", j.Name), 1)),
			series(`up{job="not-`+j.Name+`",instance="elsewhere:1"}`, "1x30")),
		silent("silent while the target answers", 0, series(sel, "1x30")),
	}
	if probe, ok := healthProbe(j.Service); ok && j.Probe == "" {
		probeSel := fmt.Sprintf(`probe_success{job="%s",service="%s"}`, model.JobBlackboxHTTP, j.Service)
		expr = fmt.Sprintf(`(up{job="%s"} == 0 unless on() %s == 0) or absent(up{job="%s"})`, j.Name, probeSel, j.Name)
		probeSeries := fmt.Sprintf(`probe_success{job="%s",instance="%s",service="%s"}`, model.JobBlackboxHTTP, probe.Address, j.Service)
		tests = append(tests,
			firing("fires when only the metrics scrape fails", 2*time.Minute, one(fire(out, 0)),
				series(sel, "1 1 0x30"), series(probeSeries, "1x40")),
			silent("silent when the health probe fails too: the service alert pages", 2*time.Minute,
				series(sel, "1 1 0x30"), series(probeSeries, "1 1 0x30")))
	}
	heldBack := ""
	if j.Probe != "" {
		heldBack = " It holds while the blackbox exporter itself is down: TargetDownBlackbox is then the one page."
		// A probe job is scraped through the blackbox exporter: when the exporter is
		// down every probe fails with it, and its own TargetDown is the one page.
		exporter := fmt.Sprintf(`up{job="%s"}`, model.JobBlackbox)
		expr = fmt.Sprintf(`(up{job="%s"} == 0 unless on() %s == 0) or absent(up{job="%s"})`, j.Name, exporter, j.Name)
		exporterSeries := fmt.Sprintf(`up{job="%s",instance="%s:9115"}`, model.JobBlackbox, model.BlackboxExporter)
		tests = append(tests,
			firing("fires when only the probes fail", 2*time.Minute, one(fire(out, 0)),
				series(sel, "1 1 0x30"), series(exporterSeries, "1x40")),
			silent("silent while the blackbox exporter itself is down: its own alert pages", 2*time.Minute,
				series(sel, "1 1 0x30"), series(exporterSeries, "1 1 0x30")))
	}
	return Alert{
		Name:     "TargetDown" + camel(j.Name),
		Expr:     expr,
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: j.Service,
		Summary:      fmt.Sprintf("Scrape job %s has a target down", j.Name),
		Description:  fmt.Sprintf(`Prometheus cannot scrape {{ with $labels.instance }}{{ . }}{{ else }}any target{{ end }} of job %s: its metrics and the alerts that read them are blind.`, j.Name),
		DashboardUID: serviceDashboard(j.Service),
		Jobs:         []string{j.Name},
		Runbook: Runbook{
			Description: fmt.Sprintf("A target of scrape job %s (container %s) has failed every scrape for 5 minutes, or the job has no target at all.", j.Name, container) + heldBack,
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
				unreachable(container),
				"If the job is missing from Prometheus: redeploy the monitoring stack (`make deploy ENV=<env>`) so the rendered prometheus.yml is loaded",
			},
			Escalation: "Escalate to the monitoring owner if the target is not back within an hour; a blind spot on a critical service is itself an incident.",
		},
		Tests: tests,
	}
}
