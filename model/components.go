package model

import "strings"

// Component is one container of the monitoring host stack.
type Component struct {
	Name     string  // container name and DNS name on the stack's networks
	Service  Service // alert label
	Upstream string  // upstream image, pinned by exact tag (staging, production)
	// Local is the image setup builds on this machine for the local environment;
	// empty when it cannot be built here, with LocalAbsentReason saying why.
	Local             string
	LocalAbsentReason string
	Port              int    // the port it serves on inside its network
	HealthPath        string // HTTP path its healthcheck probes
	// HealthCommand replaces the HTTP healthcheck for images that serve no HTTP.
	HealthCommand []string
	// WebAuth, when set, puts the component's HTTP API behind basic auth.
	WebAuth *WebAuth
	// ReplicaOf names the component this one replicates (HA), "" for the base.
	ReplicaOf      string
	MemoryMB       int
	User           string // numeric uid:gid; empty where the image must run as root
	ReadOnlyRootFS bool
	// Command holds the arguments after the image's entrypoint.
	Command []string
	// DataVolume is the named volume holding state that must outlive the container.
	DataVolume *DataVolume
	// HostMounts are bind mounts from the host; each says why it is needed.
	HostMounts []HostMount
	// ProductNetworks: it joins the product's networks as well as the monitoring
	// network, because it reaches a product service (scrape, probe, exporter) or a
	// product service must reach it. The others are on the monitoring network only,
	// out of reach of every product container.
	ProductNetworks bool
	// Product marks a local stand-in for a product service: it is on the product
	// networks only, as the service it stands in for is.
	Product bool
	// HostNamespaces runs it in the host's network and PID namespaces
	// (model/hostnet.go); WhyHostNamespaces says why, for reviewers.
	HostNamespaces    bool
	WhyHostNamespaces string
	// CPUs caps its CPU time (docker --cpus), so no monitoring container can starve
	// the product on a shared host.
	CPUs       string
	Privileged bool
	// WhyPrivileged documents a privileged container for reviewers.
	WhyPrivileged string
	// TraefikHost, when set, is the environment key of the host name Traefik routes
	// to this component; Auth puts it behind the environment's auth middleware,
	// then hands it its own login (Environment.BackendLogin).
	TraefikHostKey string
	TraefikAuth    bool
	// Tools are the commands its upstream image ships that runbooks may run with
	// docker exec (prom/* images are busybox-based; the local scratch images carry
	// only their own binaries, so runbooks stick to what both have where they can).
	Tools []string
}

// busybox is what the busybox-based prom/* images offer a runbook.
var busybox = []string{"wget", "sh", "ls", "cat", "grep", "df", "du"}

func with(tools ...string) []string { return append(append([]string{}, busybox...), tools...) }

// DataVolume is a named Docker volume that a destroy keeps unless a purge is asked for.
type DataVolume struct {
	Name   string
	Target string
}

// HostMount is a read-only bind mount of host state an exporter reads.
type HostMount struct {
	Source, Target string
	Why            string
}

// Component names, shared by the stack, the scrape jobs and the tests.
const (
	Prometheus        = "prometheus"
	Alertmanager      = "alertmanager"
	Grafana           = "grafana"
	NodeExporter      = "node-exporter"
	CAdvisor          = "cadvisor"
	PostgresExporter  = "postgres-exporter"
	RedisExporter     = "redis-exporter"
	LagoRedisExporter = "redis-exporter-lago"
	BlackboxExporter  = "blackbox-exporter"
	NotificationSink  = "notification-sink"
	LocalPostgreSQL   = "unicorn-postgresql"
	LocalRedis        = "unicorn-redis"
	LocalLagoRedis    = "unicorn-lago-redis"
	OpsCenterDemo     = "ops-center-direct"
	DockerProxy       = "docker-proxy"
	localImagePrefix  = "opsmon-local/"
	nobody            = "65534:65534"
	// hostReader is node-exporter's own user: it mounts the host's / (its /proc
	// included), and through /proc/<pid>/root the kernel lets a process read the
	// files of any process of its own uid. No other container may run as it.
	hostReader         = "65533:65533"
	grafanaUpstreamTag = "grafana/grafana:12.3.0"
)

// redisExporterUpstream is the -alpine variant of the release: the plain image is
// FROM scratch and has nothing to run a healthcheck with.
func redisExporterUpstream() string {
	return redisExporterRelease.image("oliver006/redis_exporter", "-alpine")
}

// The read-only Docker API proxy listens on a socket in a volume only it and
// Prometheus mount: Prometheus's Docker service discovery reads the engine
// through it and never holds the engine's own socket. The proxy mounts the volume
// at HAProxy's home (owned by its user, uid 99, in the official image and ours, so
// a new volume is too); Prometheus at DockerProxySocketDir.
const (
	DockerProxySocketDir = "/run/opsmon-docker-proxy"
	DockerProxySocket    = DockerProxySocketDir + "/docker.sock"
	DockerProxyHome      = "/var/lib/haproxy"
)

// Components are the monitoring containers, in the order they are declared.
func Components() []Component {
	return []Component{
		{
			// First: Prometheus waits for it. Its config is render/dockerproxy's,
			// the one the plan key's host proxy runs.
			Name: DockerProxy, Service: ServiceMonitoring,
			Upstream: "haproxy:2.6.12", Local: localImagePrefix + "docker-proxy:2.6",
			MemoryMB: 32, CPUs: "0.25", User: "99:99", ReadOnlyRootFS: true,
			Command:       []string{"-db", "-f", "/usr/local/etc/haproxy/haproxy.cfg"},
			HealthCommand: []string{"test", "-S", DockerProxyHome + "/docker.sock"},
			HostMounts: []HostMount{{Source: "/var/run/docker.sock", Target: "/var/run/docker.sock",
				Why: "the engine's API socket, which only this proxy holds: it passes the GET and HEAD reads Docker service discovery needs (list containers and networks) and answers 403 to everything else"}},
		},
		{
			Name: Prometheus, Service: ServicePrometheus,
			Tools:    with("promtool", "prometheus"),
			Upstream: prometheusRelease.image("prom/prometheus", ""), Local: prometheusRelease.localImage("prometheus"),
			Port: 9090, HealthPath: "/-/healthy", MemoryMB: 1024, User: nobody, ReadOnlyRootFS: true, CPUs: "1.0", ProductNetworks: true,
			Command: []string{
				"--config.file=/etc/prometheus/prometheus.yml",
				"--storage.tsdb.path=/prometheus",
				"--storage.tsdb.retention.time=30d",
				// No --web.enable-lifecycle: /-/quit and /-/reload stay refused. A
				// config change replaces the container (its files are in a
				// read-only volume named after their hash).
			},
			DataVolume:     &DataVolume{Name: "prometheus-data", Target: "/prometheus"},
			WebAuth:        &PrometheusAuth,
			TraefikHostKey: "prometheus", TraefikAuth: true,
		},
		{
			Name: Alertmanager, Service: ServiceAlertmanager,
			Tools:    with("amtool", "alertmanager"),
			Upstream: alertmanagerRelease.image("prom/alertmanager", ""), Local: alertmanagerRelease.localImage("alertmanager"),
			Port: 9093, HealthPath: "/-/healthy", MemoryMB: 256, User: nobody, ReadOnlyRootFS: true, CPUs: "0.5",
			Command: []string{
				"--config.file=/etc/alertmanager/alertmanager.yml",
				"--storage.path=/alertmanager",
				"--cluster.listen-address=",
			},
			DataVolume:     &DataVolume{Name: "alertmanager-data", Target: "/alertmanager"},
			WebAuth:        &AlertmanagerAuth,
			TraefikHostKey: "alertmanager", TraefikAuth: true,
		},
		{
			Name: Grafana, Service: ServiceGrafana,
			Upstream:          grafanaUpstreamTag,
			LocalAbsentReason: "no Grafana server build is reachable from this machine (the Go proxy refuses grafana/grafana, no registry ships a binary)",
			Port:              3000, HealthPath: "/api/health", MemoryMB: 512, User: "472:0", CPUs: "1.0",
			DataVolume:     &DataVolume{Name: "grafana-data", Target: "/var/lib/grafana"},
			TraefikHostKey: "grafana",
		},
		{
			Name: NodeExporter, Service: ServiceHost,
			Tools:    with(),
			Upstream: nodeExporterRelease.image("prom/node-exporter", ""), Local: nodeExporterRelease.localImage("node-exporter"),
			Port: 9100, HealthPath: "/", MemoryMB: 128, User: hostReader, ReadOnlyRootFS: true, CPUs: "0.25",
			Command: []string{"--path.rootfs=/host"}, WebAuth: &NodeExporterAuth,
			HostNamespaces: true, WhyHostNamespaces: "the network figures (node_network_*) are those of the namespace it runs in, and process counts those of its PID namespace: in a container's own, they describe node-exporter, not the host (upstream runs it with --net=host --pid=host)",
			HostMounts: []HostMount{{Source: "/", Target: "/host",
				Why: "node-exporter reads the host's /proc, /sys and mounted filesystems for CPU, memory and disk metrics"}},
		},
		{
			Name: CAdvisor, Service: ServiceContainers,
			Upstream:          "ghcr.io/google/cadvisor:v0.60.5",
			LocalAbsentReason: "cAdvisor's cmd/ module is not on the Go module proxy and no registry is reachable",
			Port:              8080, HealthPath: "/healthz", MemoryMB: 256, ReadOnlyRootFS: true, CPUs: "0.5",
			Command: []string{"--docker_only=true", "--housekeeping_interval=15s"},
			HostMounts: []HostMount{
				{Source: "/", Target: "/rootfs", Why: "filesystem usage per container"},
				{Source: "/var/run", Target: "/var/run", Why: "the Docker socket, to name containers"},
				{Source: "/sys", Target: "/sys", Why: "cgroup CPU, memory and network counters"},
				{Source: "/var/lib/docker", Target: "/var/lib/docker", Why: "container layer sizes"},
				{Source: "/dev/disk", Target: "/dev/disk", Why: "disk device names for I/O metrics"},
			},
			Privileged:    true,
			WhyPrivileged: "cAdvisor reads every container's cgroup and /dev/kmsg for OOM events; upstream documents it as requiring privileged mode",
		},
		{
			Name: PostgresExporter, Service: ServicePostgreSQL,
			Tools:    with(),
			Upstream: postgresExporterRelease.image("prometheuscommunity/postgres-exporter", ""), Local: postgresExporterRelease.localImage("postgres-exporter"),
			Port: 9187, HealthPath: "/", MemoryMB: 128, User: nobody, ReadOnlyRootFS: true, CPUs: "0.25", ProductNetworks: true,
		},
		{
			Name: RedisExporter, Service: ServiceRedis,
			Upstream: redisExporterUpstream(), Local: redisExporterRelease.localImage("redis-exporter"),
			Port: 9121, HealthPath: "/health", MemoryMB: 64, User: nobody, ReadOnlyRootFS: true, CPUs: "0.25", ProductNetworks: true,
			Command: []string{"--redis.addr=redis://" + LocalRedis + ":6379"},
		},
		{
			Name: LagoRedisExporter, Service: ServiceRedis,
			Upstream: redisExporterUpstream(), Local: redisExporterRelease.localImage("redis-exporter"),
			Port: 9121, HealthPath: "/health", MemoryMB: 64, User: nobody, ReadOnlyRootFS: true, CPUs: "0.25", ProductNetworks: true,
			Command: []string{"--redis.addr=redis://" + LocalLagoRedis + ":6379"},
		},
		{
			Name: BlackboxExporter, Service: ServiceBlackbox,
			Tools:    with(),
			Upstream: blackboxExporterRelease.image("prom/blackbox-exporter", ""), Local: blackboxExporterRelease.localImage("blackbox-exporter"),
			Port: 9115, HealthPath: "/-/healthy", MemoryMB: 64, User: nobody, ReadOnlyRootFS: true, CPUs: "0.25", ProductNetworks: true,
			Command: []string{"--config.file=/etc/blackbox_exporter/blackbox.yml"},
		},
		// Thanos, where ha.thanos is set: their commands come from the
		// environment (Environment.ThanosCommand).
		thanos(ThanosSidecar, 256, nil),
		thanos(ThanosStore, 512, &DataVolume{Name: "thanos-store-data", Target: "/var/thanos"}),
		thanos(ThanosCompact, 512, &DataVolume{Name: "thanos-compact-data", Target: "/var/thanos"}),
		thanos(ThanosQuery, 512, nil),
	}
}

// queryAuth puts Thanos Query, the one Thanos API that serves every metric,
// behind Prometheus's login.
func queryAuth(name string) *WebAuth {
	if name == ThanosQuery {
		return &ThanosQueryAuth
	}
	return nil
}

// thanos is one Thanos component: the release's image, HTTP (metrics, health) on
// ThanosHTTPPort, on the monitoring network only. The Store Gateway's volume is
// its index cache, the Compactor's its scratch space: both rebuild from the bucket.
func thanos(name string, memoryMB int, data *DataVolume) Component {
	return Component{
		ReadOnlyRootFS: true, WebAuth: queryAuth(name),
		Name: name, Service: ServiceThanos, Tools: with("thanos"),
		Upstream: thanosRelease.image("quay.io/thanos/thanos", ""), Local: thanosRelease.localImage("thanos"),
		Port: ThanosHTTPPort, HealthPath: "/-/healthy", MemoryMB: memoryMB, User: nobody, CPUs: "0.5",
		DataVolume: data,
	}
}

// IsLocalImage reports whether an image is one setup builds on this machine.
func IsLocalImage(image string) bool { return strings.HasPrefix(image, localImagePrefix) }

// ComponentByName finds a component; ok is false for an unknown name.
func ComponentByName(name string) (Component, bool) {
	for _, c := range Components() {
		if c.Name == name {
			return c, true
		}
	}
	return Component{}, false
}

// Base is the component a replica replicates, or the component itself.
func (c Component) Base() string {
	if c.ReplicaOf != "" {
		return c.ReplicaOf
	}
	return c.Name
}
