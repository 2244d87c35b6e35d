package alerts

import (
	"fmt"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Resources: host disk, memory and CPU. Disk and memory come in tiers (medium >70%,
// high >80%, critical >90%); the tiers overlap on purpose so that each expression
// stays a simple threshold, and Alertmanager's inhibition of lower by higher
// severities lets only the highest tier notify. The resource label keeps that
// inhibition inside one resource: a full disk must not mute a memory warning.

const nodeTarget = "node-exporter:9100"

// ResourceLabel names the resource an alert is about (disk, memory, cpu, certificate,
// connections; the monitoring pipeline's notifications, rules, tsdb, cluster...);
// inhibition only acts between alerts with the same value (alerts without it have
// the same, empty one).
const ResourceLabel = "resource"

func resource(name string) map[string]string { return map[string]string{ResourceLabel: name} }

func resourceAlerts() []Alert {
	return []Alert{
		diskTier("DiskSpaceOver90Percent", SeverityCritical, 0.90, 5*time.Minute),
		diskTier("DiskSpaceOver80Percent", SeverityHigh, 0.80, 5*time.Minute),
		diskTier("ModerateDiskUsage", SeverityMedium, 0.70, 10*time.Minute),
		memoryTier("MemoryOver90Percent", SeverityCritical, 0.90, 5*time.Minute),
		memoryTier("ModerateMemoryUsage", SeverityMedium, 0.70, 10*time.Minute),
		cpuOver80Percent(),
	}
}

func pct(ratio float64) string { return fmt.Sprintf("%.0f%%", ratio*100) }

func filesystem(metric string, value string) Series {
	return series(metric+`{job="node",instance="`+nodeTarget+`",device="/dev/sda1",fstype="ext4",mountpoint="/"}`, value)
}

// tierTests fire at 5 points above the threshold and stay silent half a point below,
// on "free" and "total" gauges of 100 units.
func tierTests(freeMetric, totalMetric string, threshold float64, out map[string]string) []Test {
	used := threshold + 0.05
	justBelow := threshold - 0.005
	free := func(u float64) string { return fmt.Sprintf("%.4gx40", 100-u*100) }
	return []Test{
		firing(fmt.Sprintf("fires at %s used", pct(used)), 0, one(fire(out, used)),
			filesystemOr(freeMetric, free(used)), filesystemOr(totalMetric, "100x40")),
		silent(fmt.Sprintf("silent at %.1f%% used", justBelow*100), 0,
			filesystemOr(freeMetric, free(justBelow)), filesystemOr(totalMetric, "100x40")),
	}
}

// filesystemOr labels node_filesystem_* series with a filesystem and memory series
// with the instance only.
func filesystemOr(metric, values string) Series {
	if metric == "node_filesystem_avail_bytes" || metric == "node_filesystem_size_bytes" {
		return filesystem(metric, values)
	}
	return series(metric+`{job="node",instance="`+nodeTarget+`"}`, values)
}

func diskTier(name string, sev Severity, threshold float64, forDur time.Duration) Alert {
	out := labels("job", "node", "instance", nodeTarget, "device", "/dev/sda1", "fstype", "ext4", "mountpoint", "/")
	return Alert{
		Name:     name,
		Expr:     fmt.Sprintf("%s > %g", RecFilesystemUsedRatio, threshold),
		For:      forDur,
		Severity: sev, Service: model.ServiceHost, Labels: resource("disk"),
		Summary:      fmt.Sprintf("Disk {{ $labels.mountpoint }} is over %s full", pct(threshold)),
		Description:  fmt.Sprintf(`{{ $labels.mountpoint }} ({{ $labels.device }}) on {{ $labels.instance }} is {{ $value | humanizePercentage }} full (threshold %s).`, pct(threshold)),
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobNode},
		Runbook: Runbook{
			Description: fmt.Sprintf("A real filesystem on the host (tmpfs and overlay excluded) has been more than %s used for %s. Lower disk tiers are inhibited while this one fires.", pct(threshold), forDur),
			Impact: []string{
				"At 100% PostgreSQL stops accepting writes, Prometheus stops ingesting and containers fail to start",
				"Logs and backups stop being written",
			},
			Diagnosis: []string{
				"See what is full: `df -h` on the host, or `docker exec node-exporter df -h /host`",
				"Docker's share: `docker system df -v | head -40`",
				"Biggest directories: `sudo du -xh --max-depth=2 / 2>/dev/null | sort -rh | head -20`",
				"Prometheus' own volume: `docker exec prometheus du -sh /prometheus`",
				"PostgreSQL's volume: `docker exec unicorn-postgresql du -sh /var/lib/postgresql/data`",
			},
			Resolution: []string{
				"Remove unused images and build cache: `docker image prune -a -f && docker builder prune -f`",
				"Truncate runaway container logs: find them with `sudo du -sh /var/lib/docker/containers/*/*-json.log | sort -rh | head` and configure log rotation",
				"If Prometheus' TSDB is the culprit: lower --storage.tsdb.retention.time and redeploy",
				"If growth is legitimate: grow the volume before the next tier",
			},
			Escalation: escalationForTier(sev),
		},
		Tests: tierTests("node_filesystem_avail_bytes", "node_filesystem_size_bytes", threshold, out),
	}
}

func memoryTier(name string, sev Severity, threshold float64, forDur time.Duration) Alert {
	return Alert{
		Name:     name,
		Expr:     fmt.Sprintf("%s > %g", RecMemoryUsedRatio, threshold),
		For:      forDur,
		Severity: sev, Service: model.ServiceHost, Labels: resource("memory"),
		Summary:      fmt.Sprintf("Host memory is over %s used", pct(threshold)),
		Description:  fmt.Sprintf(`{{ $labels.instance }} uses {{ $value | humanizePercentage }} of its memory (threshold %s).`, pct(threshold)),
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobNode},
		Runbook: Runbook{
			Description: fmt.Sprintf("The host has had less than %s of its memory available (MemAvailable) for %s. Lower memory tiers are inhibited while this one fires.", pct(1-threshold), forDur),
			Impact: []string{
				"The kernel's OOM killer may kill containers (PostgreSQL, Redis, the API)",
				"Swapping makes every service slow",
			},
			Diagnosis: []string{
				"Containers by memory: `docker stats --no-stream --format 'table {{.Name}}\\t{{.MemUsage}}\\t{{.MemPerc}}' | sort -k3 -rh | head`",
				"Host view: `free -m` and `ps aux --sort=-rss | head -15`",
				"Recent OOM kills: `dmesg -T | grep -i 'killed process' | tail`",
				promQuery(`topk(10, container_memory_working_set_bytes{name!=""})`),
			},
			Resolution: []string{
				"Restart the container that leaks (e.g. `docker restart ops-center-direct`) and open a bug with its memory graph",
				"Set or lower memory limits in the compose files so one container cannot starve the others",
				"If the load is legitimate: add memory to the host",
			},
			Escalation: escalationForTier(sev),
		},
		Tests: tierTests("node_memory_MemAvailable_bytes", "node_memory_MemTotal_bytes", threshold, labels("job", "node", "instance", nodeTarget)),
	}
}

func escalationForTier(sev Severity) string {
	switch sev {
	case SeverityCritical:
		return "Page the on-call engineer now; escalate to the infrastructure owner if usage is not below 90% within 30 minutes."
	case SeverityHigh:
		return "Handle within working hours today; escalate to the infrastructure owner if it reaches the critical tier."
	default:
		return "Plan the cleanup or the upgrade this week; no escalation unless a higher tier fires."
	}
}

func idle(values string) Series {
	return series(`node_cpu_seconds_total{job="node",instance="`+nodeTarget+`",cpu="0",mode="idle"}`, values)
}

func cpuOver80Percent() Alert {
	return Alert{
		Name:     "CPUOver80Percent",
		Expr:     RecCPUUtilisation + ` > 0.8`,
		For:      10 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceHost, Labels: resource("cpu"),
		Summary:      "Host CPU above 80%",
		Description:  `{{ $labels.instance }} has used {{ $value | humanizePercentage }} of its CPU over the last 5 minutes (threshold 80%).`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobNode},
		Runbook: Runbook{
			Description: "Averaged over all cores, the host has spent more than 80% of its time busy (not idle) for 10 minutes.",
			Impact: []string{
				"API latency rises and background jobs fall behind",
				"Prometheus rule evaluation and scrapes may be delayed",
			},
			Diagnosis: []string{
				"Containers by CPU: `docker stats --no-stream --format 'table {{.Name}}\\t{{.CPUPerc}}' | sort -k2 -rh | head`",
				"Host processes: `top -b -n1 | head -20`",
				promQuery(`topk(5, sum by (name) (rate(container_cpu_usage_seconds_total{name!=""}[5m])))`),
				promQuery(`sum by (mode) (rate(node_cpu_seconds_total{mode!="idle"}[5m]))`),
			},
			Resolution: []string{
				"If one container spins: restart it (`docker restart <name>`) and capture its logs first",
				"If iowait dominates: look for disk pressure (see the disk alerts) or a runaway query",
				"If load is legitimate: set CPU limits per container or add cores",
			},
			Escalation: "Escalate to the infrastructure owner if CPU stays above 80% for an hour or latency alerts follow.",
		},
		Tests: []Test{
			// 6s idle per minute: 90% busy once the window is full.
			steady(firing("fires at 90% busy", time.Minute,
				one(fire(labels("job", "node", "instance", nodeTarget), 0.9)),
				idle("0+6x40"))),
			silent("silent at 79% busy", windowFull, idle("0+12.6x40")),
		},
	}
}
