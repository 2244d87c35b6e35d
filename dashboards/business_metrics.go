package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

func business() spec {
	return spec{
		file: "business-metrics", uid: UIDBusiness, title: titles[UIDBusiness],
		category: "business", folder: FolderBusiness, anchor: "ops_center_users_total",
		purpose: "How is the product doing? Active and registered users by tier, API usage per user, " +
			"subscription mix, revenue and user growth.",
		related: []string{UIDLago, UIDKeycloak, UIDAPI},
		rows: []row{
			{"Users", []item{
				{statPanel("Active users", "Users active now, all tiers.", units.Short,
					query(sumBy(sel("ops_center_active_users", vars, "")), "active")),
					"Follows the working day; compare with the same hour last week."},
				{statPanel("Registered users", "Registered users, all tiers.", units.Short,
					query(sumBy(sel("ops_center_users_total", vars, "")), "registered")),
					"Should only grow; a fall means deletions or a broken count."},
				{statPanel("User growth rate", "New registered users over the last day.", units.Short,
					query(sumBy(sel("ops_center_users_total", vars, ""))+` - `+sumBy(sel("ops_center_users_total", vars, "")+` offset 1d`), "per day")),
					"Negative means more users left than joined in the last 24 hours."},
				{timeseriesPanel("Active users by tier", "Active users per subscription tier.", units.Short,
					query(sumBy(sel("ops_center_active_users", vars, ""), "tier"), "{{tier}}")),
					"Paid tiers active out of hours often means automation; free-tier spikes can be abuse."},
			}},
			{"Usage and revenue", []item{
				{tablePanel("API usage by user", "Users with the most API requests per second now (bounded label set).", units.RequestsPerSecond,
					tableQuery(`topk(10, `+sumRate("ops_center_user_api_requests_total", vars, "", "user")+`)`)),
					"Heavy users are customers to keep happy, or scripts to rate-limit; check their tier."},
				{piePanel("Subscription tier distribution", "Registered users per tier.", units.Short,
					instant(sumBy(sel("ops_center_users_total", vars, ""), "tier"), "{{tier}}")),
					"The paid share is the conversion rate; it should move slowly."},
				{timeseriesPanel("Revenue trend", "Revenue per day from paid invoices, by currency.", units.Short,
					query(sumRate("ops_center_lago_revenue_cents_total", vars, "", "currency")+` * 86400 / 100`, "{{currency}} per day")),
					"Read over weeks; billing runs make it spiky within a day."},
			}},
		},
	}
}
