package model

// Service is the value of the `service` label that alerts, routes and inhibitions
// share: it names what an on-call engineer would restart.
type Service string

const (
	ServiceOpsCenter    Service = "ops-center"
	ServicePostgreSQL   Service = "postgresql"
	ServiceRedis        Service = "redis"
	ServiceKeycloak     Service = "keycloak"
	ServiceLago         Service = "lago"
	ServiceTraefik      Service = "traefik"
	ServiceHost         Service = "host"
	ServiceContainers   Service = "containers"
	ServicePrometheus   Service = "prometheus"
	ServiceAlertmanager Service = "alertmanager"
	ServiceGrafana      Service = "grafana"
	ServiceBlackbox     Service = "blackbox"
	ServiceMonitoring   Service = "monitoring"
	// ServiceThanos is the Thanos sidecars, Query, Store Gateway and Compactor of the
	// HA setup (issue 12); no environment runs them yet.
	ServiceThanos Service = "thanos"
)

// Monitored is an Ops-Center service this stack watches but does not run in staging or
// production (the product's own compose project runs it). The local environment runs a
// stand-in for those it can build here.
type Monitored struct {
	Container string  // container name on the shared networks
	Service   Service // alert label
	Port      int
	// LocalStandIn says whether the local environment runs a real stand-in for it.
	LocalStandIn bool
	// LocalAbsentReason explains, for people and tests, why there is no local stand-in.
	LocalAbsentReason string
	// Role says what the service is used as, where alerts depend on it: a Redis used
	// as a queue (Sidekiq polls empty keys all day) must not get cache-miss alerts.
	Role Role
	// Tools are the commands its image ships that runbooks may run with docker exec.
	Tools []string
}

// Role is what a data store is used for.
type Role string

const (
	RoleCache Role = "cache"
	RoleQueue Role = "queue"
)

// MonitoredServices are the request's services to monitor, by container name.
var MonitoredServices = []Monitored{
	{Container: "ops-center-direct", Service: ServiceOpsCenter, Port: 8084, LocalStandIn: true},
	{Container: "unicorn-postgresql", Service: ServicePostgreSQL, Port: 5432, LocalStandIn: true,
		Tools: []string{"psql", "pg_isready", "df", "du"}},
	{Container: "unicorn-redis", Service: ServiceRedis, Port: 6379, LocalStandIn: true, Role: RoleCache,
		Tools: []string{"redis-cli"}},
	// Lago's Redis holds its Sidekiq queues: idle workers poll empty keys constantly.
	{Container: "unicorn-lago-redis", Service: ServiceRedis, Port: 6379, LocalStandIn: true, Role: RoleQueue,
		Tools: []string{"redis-cli"}},
	{Container: "uchub-keycloak", Service: ServiceKeycloak, Port: 8080,
		LocalAbsentReason: "Keycloak is a Java server with no build from the registries this machine reaches"},
	{Container: "unicorn-lago-api", Service: ServiceLago, Port: 3000,
		LocalAbsentReason: "Lago is a Rails app whose images come only from Docker Hub"},
	{Container: "traefik", Service: ServiceTraefik, Port: 8082,
		LocalAbsentReason: "Traefik is not built locally; the local stack publishes ports on 127.0.0.1 instead of routing through it"},
}

// MonitoredByContainer finds a monitored service by its container name.
func MonitoredByContainer(name string) (Monitored, bool) {
	for _, m := range MonitoredServices {
		if m.Container == name {
			return m, true
		}
	}
	return Monitored{}, false
}

// WithRole lists the containers of a service used in a role, in declaration order.
func WithRole(service Service, role Role) []string {
	var out []string
	for _, m := range MonitoredServices {
		if m.Service == service && m.Role == role {
			out = append(out, m.Container)
		}
	}
	return out
}
