package alerts

import "github.com/magicunicorn/ops-center-monitoring/model"

// Dashboard UIDs: stable across environments so that alert links never break.
const (
	DashSystemHealth   = "ops-system-health"
	DashAPIPerformance = "ops-api-performance"
	DashDatabase       = "ops-database"
	DashCloudflare     = "ops-cloudflare"
	DashNamecheap      = "ops-namecheap"
	DashKeycloak       = "ops-keycloak"
	DashLago           = "ops-lago"
	DashRedis          = "ops-redis"
	DashDocker         = "ops-docker"
	DashBusiness       = "ops-business"
	DashErrors         = "ops-errors"
	DashSLA            = "ops-sla"
	DashMigrations     = "ops-migrations"
	DashDNS            = "ops-dns"
	DashSecurity       = "ops-security"
)

// DashboardUIDs are every UID an alert may link to.
var DashboardUIDs = []string{
	DashSystemHealth, DashAPIPerformance, DashDatabase, DashCloudflare, DashNamecheap,
	DashKeycloak, DashLago, DashRedis, DashDocker, DashBusiness, DashErrors, DashSLA,
	DashMigrations, DashDNS, DashSecurity,
}

// serviceDashboard is the first dashboard to open for a service.
func serviceDashboard(s model.Service) string {
	switch s {
	case model.ServiceOpsCenter:
		return DashAPIPerformance
	case model.ServicePostgreSQL:
		return DashDatabase
	case model.ServiceRedis:
		return DashRedis
	case model.ServiceKeycloak:
		return DashKeycloak
	case model.ServiceLago:
		return DashLago
	case model.ServiceContainers:
		return DashDocker
	default:
		return DashSystemHealth
	}
}

// DashboardURL links a dashboard on a Grafana base URL.
func DashboardURL(grafanaURL, uid string) string { return grafanaURL + "/d/" + uid }
