package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

// realFilesystems leaves out pseudo and container-layer filesystems, which are
// always "full" and would hide the disks that matter.
const realFilesystems = `fstype!~"tmpfs|overlay|squashfs|nsfs|ramfs|autofs",mountpoint!~"/run.*|/var/lib/docker/.+"`

// physicalNICs leaves out loopback and the virtual interfaces Docker creates per container.
const physicalNICs = `device!~"lo|veth.*|docker.*|br-.*"`

func cpuPercent() string {
	return `100 * (1 - avg by (instance) (` + rate("node_cpu_seconds_total", hostVars, `mode="idle"`) + `))`
}

func memoryPercent() string {
	return `100 * (1 - ` + sel("node_memory_MemAvailable_bytes", hostVars, "") + ` / ` + sel("node_memory_MemTotal_bytes", hostVars, "") + `)`
}

func diskPercent(by string) string {
	return `100 * max by (` + by + `) (1 - ` + sel("node_filesystem_avail_bytes", hostVars, realFilesystems) +
		` / ` + sel("node_filesystem_size_bytes", hostVars, realFilesystems) + `)`
}

func systemHealth() spec {
	return spec{
		file: "system-health-overview", uid: UIDSystemHealth, title: titles[UIDSystemHealth],
		category: "system", folder: FolderPlatform, critical: true, perHost: true, anchor: "node_uname_info",
		purpose: "Is the Ops-Center host healthy? CPU, memory, disk and network of the host (node_exporter), " +
			"the backend's own resource monitor, and which threshold alerts are firing.",
		related: []string{UIDDocker, UIDAPI, UIDSLA},
		rows: []row{
			{"Now", []item{
				{gaugePanel("CPU usage", "Share of CPU time not idle, averaged over all cores.", query(cpuPercent(), "{{instance}}")),
					"Green below 70%, yellow 70-90%, red above 90%. CPUOver80Percent fires after 10 minutes above 80%."},
				{gaugePanel("Memory usage", "Share of memory in use (total minus what the kernel reports as available).", query(memoryPercent(), "{{instance}}")),
					"Red above 90% means MemoryOver90Percent is about to page; check Docker Containers for the largest consumer."},
				{gaugePanel("Disk usage", "Fullest real filesystem on the host (pseudo and container-layer filesystems excluded).", query(diskPercent("instance"), "{{instance}}")),
					"The disk alerts fire at 70%, 80% and 90%; the Disk usage by mount graph shows which mount is filling."},
				{statPanel("Network receive", "Bytes per second received on physical interfaces.", units.BytesPerSecondSI,
					query(sumBy(rate("node_network_receive_bytes_total", hostVars, physicalNICs), "instance"), "{{instance}}")),
					"Compare with the usual daily shape; a sudden plateau can mean a saturated link."},
			}},
			{"Trends", []item{
				{percentGraph("CPU usage over time", "CPU busy share per host; dashed lines mark the 70% and 90% thresholds.", query(cpuPercent(), "{{instance}}")),
					"Short spikes are normal; a line that stays above the yellow dashed line is sustained load."},
				{percentGraph("Memory usage over time", "Memory in use per host; dashed lines mark the thresholds.", query(memoryPercent(), "{{instance}}")),
					"A steady climb that never falls back suggests a leak; a saw-tooth is normal caching."},
				{percentGraph("Disk usage by mount", "Used share of each real filesystem.", query(diskPercent("instance, mountpoint"), "{{mountpoint}}")),
					"Extrapolate the slope: the time until the line reaches the red dashed line is the time left to act."},
				{timeseriesPanel("Network I/O", "Bytes per second received (positive) and transmitted (negative) on physical interfaces.", units.BytesPerSecondSI,
					query(sumBy(rate("node_network_receive_bytes_total", hostVars, physicalNICs), "instance", "device"), "{{device}} in"),
					query("-"+sumBy(rate("node_network_transmit_bytes_total", hostVars, physicalNICs), "instance", "device"), "{{device}} out")),
					"Traffic above the axis is inbound, below is outbound; asymmetric bursts often line up with backups or migrations."},
			}},
			{"Ops-Center view and alerts", []item{
				{percentGraph("Backend resource monitor", "CPU, memory and disk as the Ops-Center backend's resource_monitor reports them.",
					query(sel("ops_center_resource_cpu_percent", opsCenter, ""), "CPU {{instance}}"),
					query(sel("ops_center_resource_memory_percent", opsCenter, ""), "memory {{instance}}"),
					query(sel("ops_center_resource_disk_percent", opsCenter, ""), "disk {{instance}}")),
					"Should agree with the node_exporter graphs above; a gap means the backend runs with a different view (container limits)."},
				{tablePanel("Firing threshold alerts", "Host alerts firing now (Prometheus ALERTS series), by alert and severity.", units.Short,
					tableQuery(`sum by (alertname, severity, instance) (ALERTS{alertstate="firing",service="host"})`)),
					"Empty is good. Each row is an alert that has passed its for-duration; the runbook is linked from the notification."},
				{percentGraph("CPU utilisation (alert signal)", "The recording rule CPUOver80Percent evaluates, as a percentage.",
					query(`100 * `+sel(recCPUUtilisation, hostVars, ""), "{{instance}}")),
					"This is exactly what the alert sees; it is smoothed over 5 minutes, so it lags the raw graph."},
			}},
		},
	}
}
