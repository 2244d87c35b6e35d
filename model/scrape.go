package model

import "fmt"

// ScrapeJob is one Prometheus scrape job. Its Name is the `job` label that alerts
// and dashboards select on, so it is part of their contract.
type ScrapeJob struct {
	Name        string
	Service     Service
	MetricsPath string // default /metrics
	Targets     []Target
	// Probe makes this a blackbox job: Targets are the probed URLs and the exporter
	// is scraped with the module named here.
	Probe string
	// Needs lists the containers (components or monitored services) that must exist
	// in an environment for the job to be rendered there.
	Needs []string
	// Auth, when set, is the basic auth the target's API asks for.
	Auth *WebAuth
}

// Target is one scrape address with the labels that tell its instances apart.
type Target struct {
	Address string
	Labels  map[string]string
	// Needs names the container this target reaches, when it is not the job's own.
	Needs string
}

// Job names: the `job` label values alerts and dashboards rely on.
const (
	JobPrometheus   = "prometheus"
	JobAlertmanager = "alertmanager"
	JobOpsCenter    = "ops-center"
	JobNode         = "node"
	JobCAdvisor     = "cadvisor"
	JobPostgreSQL   = "postgresql"
	JobRedis        = "redis"
	JobKeycloak     = "keycloak"
	JobTraefik      = "traefik"
	JobBlackboxHTTP = "blackbox-http"
	JobBlackboxTLS  = "blackbox-tls"
	JobBlackbox     = "blackbox"
	JobDockerSD     = "docker-sd"
	// Thanos' jobs are named after its components, as the Thanos alerts' tests are.
	JobThanosSidecar = ThanosSidecar
	JobThanosQuery   = ThanosQuery
	JobThanosStore   = ThanosStore
	JobThanosCompact = ThanosCompact
)

// DockerSDLabel is the container label a service sets to opt in to Docker service
// discovery; DockerSDPortLabel and DockerSDPathLabel say where its metrics are.
const (
	DockerSDLabel     = "prometheus.io/scrape"
	DockerSDPortLabel = "prometheus.io/port"
	DockerSDPathLabel = "prometheus.io/path"
	DockerSDJobLabel  = "prometheus.io/job"
)

// ScrapeJobs are the jobs the request lists, before an environment filters them.
// publicURLs are the HTTPS endpoints whose certificates are watched.
func ScrapeJobs(publicURLs []string) []ScrapeJob {
	jobs := []ScrapeJob{
		// By its container name, not localhost: with replicas, each scrapes every
		// replica, so one sees another die (TargetDownPrometheus).
		{Name: JobPrometheus, Service: ServicePrometheus, Targets: targets(Prometheus + ":9090"), Auth: &PrometheusAuth},
		{Name: JobAlertmanager, Service: ServiceAlertmanager, Targets: targets("alertmanager:9093"), Needs: []string{Alertmanager}, Auth: &AlertmanagerAuth},
		{Name: JobOpsCenter, Service: ServiceOpsCenter, Targets: targets("ops-center-direct:8084"), Needs: []string{OpsCenterDemo}},
		{Name: JobNode, Service: ServiceHost, Targets: targets("node-exporter:9100"), Needs: []string{NodeExporter}, Auth: &NodeExporterAuth},
		{Name: JobCAdvisor, Service: ServiceContainers, Targets: targets("cadvisor:8080"), Needs: []string{CAdvisor}},
		{Name: JobPostgreSQL, Service: ServicePostgreSQL, Needs: []string{PostgresExporter, LocalPostgreSQL},
			Targets: []Target{{Address: "postgres-exporter:9187", Labels: map[string]string{"database": LocalPostgreSQL}}}},
		{Name: JobRedis, Service: ServiceRedis, Needs: []string{RedisExporter, LagoRedisExporter, LocalRedis, LocalLagoRedis},
			Targets: []Target{
				{Address: RedisExporter + ":9121", Labels: map[string]string{"redis": LocalRedis}},
				{Address: LagoRedisExporter + ":9121", Labels: map[string]string{"redis": LocalLagoRedis}},
			}},
		{Name: JobKeycloak, Service: ServiceKeycloak, Targets: targets("uchub-keycloak:9000"), Needs: []string{"uchub-keycloak"}},
		{Name: JobTraefik, Service: ServiceTraefik, Targets: targets("traefik:8082"), Needs: []string{"traefik"}},
		{Name: JobBlackbox, Service: ServiceBlackbox, Targets: targets("blackbox-exporter:9115"), Needs: []string{BlackboxExporter}},
		{Name: JobBlackboxHTTP, Service: ServiceBlackbox, Probe: "http_2xx", Needs: []string{BlackboxExporter},
			Targets: []Target{
				{Address: "http://ops-center-direct:8084/health", Labels: map[string]string{"service": string(ServiceOpsCenter)}, Needs: OpsCenterDemo},
				{Address: "http://uchub-keycloak:9000/health/ready", Labels: map[string]string{"service": string(ServiceKeycloak)}, Needs: "uchub-keycloak"},
				{Address: "http://unicorn-lago-api:3000/health", Labels: map[string]string{"service": string(ServiceLago)}, Needs: "unicorn-lago-api"},
			}},
	}
	for _, c := range []string{ThanosSidecar, ThanosQuery, ThanosStore, ThanosCompact} {
		jobs = append(jobs, ScrapeJob{Name: c, Service: ServiceThanos, Needs: []string{c},
			Targets: targets(fmt.Sprintf("%s:%d", c, ThanosHTTPPort)), Auth: queryAuth(c)})
	}
	if len(publicURLs) > 0 {
		tls := ScrapeJob{Name: JobBlackboxTLS, Service: ServiceBlackbox, Probe: "https_tls", Needs: []string{BlackboxExporter}}
		for _, u := range publicURLs {
			tls.Targets = append(tls.Targets, Target{Address: u})
		}
		jobs = append(jobs, tls)
	}
	return jobs
}

func targets(addrs ...string) []Target {
	out := make([]Target, len(addrs))
	for i, a := range addrs {
		out[i] = Target{Address: a}
	}
	return out
}
