package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
)

// titles name each dashboard in links and the guide.
var titles = map[string]string{
	UIDSystemHealth: "System Health Overview",
	UIDAPI:          "API Performance",
	UIDDatabase:     "Database Performance",
	UIDCloudflare:   "Cloudflare API Monitoring",
	UIDNamecheap:    "NameCheap API Monitoring",
	UIDKeycloak:     "Keycloak SSO",
	UIDLago:         "Lago Billing",
	UIDRedis:        "Redis Performance",
	UIDDocker:       "Docker Containers",
	UIDBusiness:     "Business Metrics",
	UIDErrors:       "Errors",
	UIDSLA:          "SLA",
	UIDMigrations:   "Migration Jobs",
	UIDDNS:          "DNS Operations",
	UIDSecurity:     "Security Events",
}

// Title is the title of the dashboard with this UID ("" if unknown).
func Title(uid string) string { return titles[uid] }

// headerLinks link each related dashboard (keeping time range and variables) and
// offer every ops-center dashboard in a dropdown.
func headerLinks(related []string) []*dashboard.DashboardLinkBuilder {
	var out []*dashboard.DashboardLinkBuilder
	for _, uid := range related {
		out = append(out, dashboard.NewDashboardLinkBuilder(titles[uid]).
			Type(dashboard.DashboardLinkTypeLink).
			Url(URL(uid)).
			Icon("dashboard").
			KeepTime(true).
			IncludeVars(false))
	}
	return append(out, dashboard.NewDashboardLinkBuilder("All Ops-Center dashboards").
		Type(dashboard.DashboardLinkTypeDashboards).
		Tags([]string{"ops-center"}).
		AsDropdown(true).
		KeepTime(true))
}
