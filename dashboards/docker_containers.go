package dashboards

import (
	"fmt"

	"github.com/grafana/grafana-foundation-sdk/go/units"
)

// namedContainers keeps cAdvisor's per-container series and leaves out the
// cgroup hierarchy above them, which has no name.
const namedContainers = `name=~".+"`

// Container health values: cAdvisor's container_health_state (1 healthy, 0
// unhealthy or starting, -1 no healthcheck), and healthGone for a container
// cAdvisor has not seen for a minute.
const healthGone = -2

// containerHealth is Docker's health verdict per container, read by cAdvisor
// from Docker's inspect, or healthGone. A removed container's last health value
// lingers for Prometheus's lookback, so GONE is asked first and wins.
func containerHealth() string {
	gone := fmt.Sprintf(`max by (name) ((time() - %s > 60) * 0 + %d)`, sel("container_last_seen", hostVars, namedContainers), healthGone)
	return gone + ` or max by (name) (` + sel("container_health_state", hostVars, namedContainers) + `)`
}

func docker() spec {
	return spec{
		file: "docker-containers", uid: UIDDocker, title: titles[UIDDocker],
		category: "containers", folder: FolderPlatform, critical: true, perHost: true, anchor: "container_last_seen",
		purpose: "Which container is using the host, and is every container running? CPU, memory, network, " +
			"restarts and liveness per container, from cAdvisor.",
		related: []string{UIDSystemHealth, UIDSLA},
		rows: []row{
			{"Resources", []item{
				{timeseriesPanel("CPU usage per container", "CPU cores used by each container.", units.Short,
					query(sumRate("container_cpu_usage_seconds_total", hostVars, namedContainers, "name"), "{{name}}")),
					"1.0 is one full core. The top line during a host CPU alert is the container to look at."},
				{timeseriesPanel("Memory usage per container", "Working set memory (what the kernel would not reclaim) per container.", units.BytesIEC,
					query(sumBy(sel("container_memory_working_set_bytes", hostVars, namedContainers), "name"), "{{name}}")),
					"A container approaching its memory limit will be OOM-killed; watch for lines that only climb."},
				{timeseriesPanel("Network I/O per container", "Bytes per second received (positive) and sent (negative) per container.", units.BytesPerSecondSI,
					query(sumRate("container_network_receive_bytes_total", hostVars, namedContainers, "name"), "{{name}} in"),
					query("-"+sumRate("container_network_transmit_bytes_total", hostVars, namedContainers, "name"), "{{name}} out")),
					"Large outbound traffic from an unexpected container is worth a security look."},
			}},
			{"Lifecycle", []item{
				{tablePanel("Container restart count", "Times each container started in the selected time range.", units.Short,
					tableQuery(`changes(`+sel("container_start_time_seconds", hostVars, namedContainers)+`[$__range]) > 0`)),
					"Empty is good. A container that restarts repeatedly is crash-looping; check its logs and memory."},
				{tablePanel("Container health status", "Docker's own health state of each container: the verdict of its HEALTHCHECK, "+
					"as cAdvisor reads it from Docker (container_health_state); GONE when cAdvisor has not seen it for a minute.", units.Short,
					tableQuery(containerHealth())).
					Mappings(healthMappings()),
					"UNHEALTHY means the container runs but fails its own healthcheck (STARTING reads the same for its first checks): " +
						"docker inspect --format '{{json .State.Health}}' NAME shows the failing probe's output. " +
						"GONE means it stopped or was removed; compare with SLA for the service it belongs to."},
			}},
		},
	}
}
