package alerts

import (
	"fmt"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Host coverage beyond the request's thresholds, as the node and cAdvisor mixins
// watch it: a disk that will be full tomorrow at today's rate, inodes running out
// while bytes are free, and processes the kernel killed for memory. Tmpfs and
// overlay filesystems never alert (realFilesystems); counters are read through
// increase(), so an exporter restart (a counter reset) is not an event.

func hostCoverageAlerts() []Alert {
	return []Alert{filesystemFillsIn24h(), inodesRunningOut(), hostOOMKill(), containerOOMKilled()}
}

// fsSeries is a node_filesystem_* series of one filesystem, as node_exporter
// labels it (device_error is empty, hence absent).
func fsSeries(metric, device, fstype, mountpoint, values string) Series {
	return series(fmt.Sprintf(`%s{job="node",instance="%s",device="%s",fstype="%s",mountpoint="%s"}`,
		metric, nodeTarget, device, fstype, mountpoint), values)
}

func rootFS(metric, values string) Series { return fsSeries(metric, "/dev/sda1", "ext4", "/", values) }

func fsLabels(device, fstype, mountpoint string) map[string]string {
	return labels("job", "node", "instance", nodeTarget, "device", device, "fstype", fstype, "mountpoint", mountpoint)
}

const gib = 1 << 30

func filesystemFillsIn24h() Alert {
	sel := `{job="node",` + realFilesystems + `}`
	return Alert{
		Name: "FilesystemPredictedFullIn24h",
		// Only a filesystem already over 60% used, writable, and whose last six hours
		// extrapolate to zero free bytes within a day.
		Expr: `predict_linear(node_filesystem_avail_bytes` + sel + `[6h], 24 * 3600) < 0` +
			` and ` + RecFilesystemUsedRatio + ` > 0.6` +
			` and node_filesystem_readonly` + sel + ` == 0`,
		For:      time.Hour,
		Severity: SeverityHigh, Service: model.ServiceHost, Labels: resource("disk"),
		Summary:      "Disk {{ $labels.mountpoint }} will be full within 24 hours",
		Description:  `At the rate of the last six hours, {{ $labels.mountpoint }} ({{ $labels.device }}) on {{ $labels.instance }} runs out of space within a day.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobNode},
		Runbook: Runbook{
			Description: "A real filesystem (tmpfs and overlay excluded) is more than 60% used, writable, and the linear trend of its free space over the last 6 hours reaches zero within 24 hours; this has held for an hour. The disk tiers (DiskSpaceOver80Percent, DiskSpaceOver90Percent) fire later, on the level itself; while one of them fires for the same filesystem, the critical tier inhibits this one.",
			Impact: []string{
				"Within a day PostgreSQL stops accepting writes, Prometheus stops ingesting and containers fail to start",
			},
			Diagnosis: []string{
				"See what is filling: `docker exec node-exporter df -h /host`",
				"Docker's share: `docker system df -v | head -40`",
				"Fastest-growing container logs: `sudo du -sh /var/lib/docker/containers/*/*-json.log | sort -rh | head`",
				promQuery(`deriv(node_filesystem_avail_bytes{job="node",fstype!~"tmpfs|overlay"}[6h]) * 3600`),
			},
			Resolution: []string{
				"Stop the writer that grows (a log loop, a runaway table, a backup written to the wrong disk)",
				"Remove unused images and build cache: `docker image prune -a -f && docker builder prune -f`",
				"If the growth is legitimate: grow the volume today",
			},
			Escalation: "Handle today; escalate to the infrastructure owner if the prediction keeps pointing under 24 hours after cleanup.",
		},
		Tests: []Test{
			// 100 GiB, 35 GiB free, 0.05 GiB less each minute: 72 GiB a day, full in 12h.
			// Onset one minute in: predict_linear needs two samples.
			firing("fires when six hours of growth fill the disk within a day", time.Minute,
				one(fire(fsLabels("/dev/sda1", "ext4", "/"), -1)),
				rootFS("node_filesystem_avail_bytes", fmt.Sprintf("%d-%dx200", 35*gib, gib/20)),
				rootFS("node_filesystem_size_bytes", fmt.Sprintf("%dx200", 100*gib)),
				rootFS("node_filesystem_readonly", "0x200")),
			silent("silent while usage is high but flat", time.Minute,
				rootFS("node_filesystem_avail_bytes", fmt.Sprintf("%dx200", 15*gib)),
				rootFS("node_filesystem_size_bytes", fmt.Sprintf("%dx200", 100*gib)),
				rootFS("node_filesystem_readonly", "0x200")),
			silent("silent for slow growth that lasts more than a day", time.Minute,
				rootFS("node_filesystem_avail_bytes", fmt.Sprintf("%d-%dx200", 35*gib, gib/100)),
				rootFS("node_filesystem_size_bytes", fmt.Sprintf("%dx200", 100*gib)),
				rootFS("node_filesystem_readonly", "0x200")),
			silent("a tmpfs filling fast never alerts", time.Minute,
				fsSeries("node_filesystem_avail_bytes", "tmpfs", "tmpfs", "/run", fmt.Sprintf("%d-%dx200", gib, gib/400)),
				fsSeries("node_filesystem_size_bytes", "tmpfs", "tmpfs", "/run", fmt.Sprintf("%dx200", 2*gib)),
				fsSeries("node_filesystem_readonly", "tmpfs", "tmpfs", "/run", "0x200")),
		},
	}
}

func inodesRunningOut() Alert {
	sel := `{job="node",` + realFilesystems + `}`
	return Alert{
		Name: "FilesystemInodesRunningOut",
		// Filesystems that report no inode count (files == 0) are left out, not NaN.
		Expr:     `node_filesystem_files_free` + sel + ` / (node_filesystem_files` + sel + ` > 0) < 0.05 and node_filesystem_readonly` + sel + ` == 0`,
		For:      15 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceHost, Labels: resource("inodes"),
		Summary:      "Filesystem {{ $labels.mountpoint }} has less than 5% of its inodes left",
		Description:  `{{ $labels.mountpoint }} ({{ $labels.device }}) on {{ $labels.instance }} has {{ $value | humanizePercentage }} of its inodes free: new files fail even with free bytes.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobNode},
		Runbook: Runbook{
			Description: "A writable real filesystem (tmpfs and overlay excluded) has had less than 5% of its inodes free for 15 minutes. Creating any file fails with 'No space left on device' although df -h shows free space.",
			Impact:      []string{"Containers cannot write new files: sessions, uploads, PostgreSQL's new segments and Prometheus' new blocks fail"},
			Diagnosis: []string{
				"Inode usage: `docker exec node-exporter df -i /host`",
				"Directories with the most files: `sudo du --inodes -x / 2>/dev/null | sort -rn | head -20`",
			},
			Resolution: []string{
				"Delete the mass of small files (session files, a cache directory, dangling Docker layers: `docker system prune -f`)",
				"If the file count is legitimate: move it to a filesystem with more inodes",
			},
			Escalation: "Handle today; escalate to the infrastructure owner if under 1% or writes are failing.",
		},
		Tests: []Test{
			firing("fires at 2% of inodes free", 0, one(fire(fsLabels("/dev/sda1", "ext4", "/"), 0.02)),
				rootFS("node_filesystem_files_free", "20000x40"), rootFS("node_filesystem_files", "1000000x40"),
				rootFS("node_filesystem_readonly", "0x40")),
			silent("silent at 10% free", 0,
				rootFS("node_filesystem_files_free", "100000x40"), rootFS("node_filesystem_files", "1000000x40"),
				rootFS("node_filesystem_readonly", "0x40")),
			silent("silent for a filesystem reporting no inodes", 0,
				rootFS("node_filesystem_files_free", "0x40"), rootFS("node_filesystem_files", "0x40"),
				rootFS("node_filesystem_readonly", "0x40")),
			silent("an overlay out of inodes never alerts", 0,
				fsSeries("node_filesystem_files_free", "overlay", "overlay", "/var/lib/docker/overlay2/x/merged", "10x40"),
				fsSeries("node_filesystem_files", "overlay", "overlay", "/var/lib/docker/overlay2/x/merged", "1000000x40"),
				fsSeries("node_filesystem_readonly", "overlay", "overlay", "/var/lib/docker/overlay2/x/merged", "0x40")),
		},
	}
}

func oomKills(values string) Series {
	return series(`node_vmstat_oom_kill{job="node",instance="`+nodeTarget+`"}`, values)
}

func hostOOMKill() Alert {
	return Alert{
		Name:     "HostOOMKill",
		Expr:     `increase(node_vmstat_oom_kill{job="node"}[10m]) > 0`,
		Severity: SeverityHigh, Service: model.ServiceHost, Labels: resource("memory"),
		Summary:      "The kernel killed a process for lack of memory",
		Description:  `The OOM killer ran on {{ $labels.instance }} in the last 10 minutes.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobNode},
		Runbook: Runbook{
			Description: "node_exporter's count of OOM kills (/proc/vmstat oom_kill) rose in the last 10 minutes: the kernel killed a process, usually inside a container that hit its memory limit or on a host out of memory. MemoryOver90Percent, when it fires, inhibits this one.",
			Impact:      []string{"The killed process lost its in-flight work; its container may restart (ContainerRestartLoop) or run degraded"},
			Diagnosis: []string{
				"Which process: `sudo dmesg -T | grep -iE 'killed process|oom-kill' | tail`",
				"Which container: `docker ps -a --filter status=exited --format '{{.Names}} {{.Status}}'` and `docker inspect <name> --format '{{.State.OOMKilled}}'`",
				promQuery(`increase(container_oom_events_total{job="cadvisor",name!=""}[1h])`),
			},
			Resolution: []string{
				"If a container hit its limit: raise its memory limit in its compose file or fix the leak",
				"If the host is out of memory: see MemoryOver90Percent",
			},
			Escalation: "Tell the owner of the killed service today; escalate to the infrastructure owner if kills repeat.",
		},
		Tests: counterEventTests(oomKills, labels("job", "node", "instance", nodeTarget), "node-exporter"),
	}
}

func containerOOMKilled() Alert {
	sel := `container_oom_events_total{job="cadvisor",instance="cadvisor:8080",id="/docker/3f2a",image="redis:7.0",name="unicorn-redis"}`
	return Alert{
		Name:     "ContainerOOMKilled",
		Expr:     `increase(container_oom_events_total{job="cadvisor",name!=""}[10m]) > 0`,
		Severity: SeverityHigh, Service: model.ServiceContainers,
		Summary:      "Container {{ $labels.name }} ran out of memory",
		Description:  `cAdvisor saw out-of-memory events in {{ $labels.name }} in the last 10 minutes.`,
		DashboardUID: DashDocker,
		Jobs:         []string{model.JobCAdvisor},
		Runbook: Runbook{
			Description: "cAdvisor counted out-of-memory events for a named container in the last 10 minutes: it hit its memory limit and the kernel killed a process in it.",
			Impact:      []string{"The container's service lost in-flight work and may be restarting"},
			Diagnosis: []string{
				"Limit and last exit: `docker inspect <name> --format '{{.HostConfig.Memory}} {{.State.OOMKilled}} {{.RestartCount}}'`",
				"Its memory over the last hours: " + promQuery(`container_memory_working_set_bytes{job="cadvisor",name!=""}`),
				"Its logs before the kill: `docker logs <name> --tail 100`",
			},
			Resolution: []string{
				"Raise its memory limit in its compose file if the load grew, or fix the leak",
				"For PostgreSQL, lower work_mem or max_connections rather than letting the kernel choose",
			},
			Escalation: "Tell the service's owner today; escalate if it repeats within the day.",
		},
		Tests: counterEventTests(fixed(sel),
			labels("job", "cadvisor", "instance", "cadvisor:8080", "id", "/docker/3f2a", "image", "redis:7.0", "name", "unicorn-redis"), "cAdvisor"),
	}
}
