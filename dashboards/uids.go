package dashboards

// Stable dashboard UIDs. Alert annotations and dashboard links use them: never change one.
const (
	UIDSystemHealth = "ops-system-health"
	UIDAPI          = "ops-api-performance"
	UIDDatabase     = "ops-database"
	UIDCloudflare   = "ops-cloudflare"
	UIDNamecheap    = "ops-namecheap"
	UIDKeycloak     = "ops-keycloak"
	UIDLago         = "ops-lago"
	UIDRedis        = "ops-redis"
	UIDDocker       = "ops-docker"
	UIDBusiness     = "ops-business"
	UIDErrors       = "ops-errors"
	UIDSLA          = "ops-sla"
	UIDMigrations   = "ops-migrations"
	UIDDNS          = "ops-dns"
	UIDSecurity     = "ops-security"
)

// PrometheusUID is the UID of the provisioned Prometheus data source; the
// datasource variable defaults to it.
const PrometheusUID = "prometheus"

// URL is the path Grafana serves a dashboard at, for links from alerts and dashboards.
func URL(uid string) string { return "/d/" + uid }
