package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

func lago() spec {
	return spec{
		file: "lago-billing", uid: UIDLago, title: titles[UIDLago],
		category: "billing", folder: FolderBusiness, anchor: "ops_center_lago_invoices_total",
		purpose: "Is billing working? Subscriptions, invoices, payments, webhook processing and revenue, " +
			"as the Ops-Center backend records its dealings with Lago.",
		related: []string{UIDBusiness, UIDAPI},
		rows: []row{
			{"Subscriptions and revenue", []item{
				{piePanel("Active subscriptions by tier", "Subscriptions per tier now.", units.Short,
					instant(sumBy(sel("ops_center_lago_subscriptions", vars, ""), "tier"), "{{tier}}")),
					"The mix should move slowly; a tier vanishing at once is more likely a sync failure than churn."},
				{timeseriesPanel("Revenue metrics", "Revenue from paid invoices per hour, by currency (Lago amounts are in cents).", units.Short,
					query(sumRate("ops_center_lago_revenue_cents_total", vars, "", "currency")+` * 3600 / 100`, "{{currency}} per hour")),
					"Compare with the same day last week; zero for hours during business time means payments are not being recorded."},
				{statPanel("Subscriptions", "Active subscriptions over all tiers.", units.Short,
					query(sumBy(sel("ops_center_lago_subscriptions", vars, "")), "subscriptions")),
					"Net growth is the business; a step change is worth checking against Lago's UI."},
			}},
			{"Invoices and payments", []item{
				{timeseriesPanel("Invoice generation rate", "Invoice status changes per hour by status.", units.Short,
					query(sumRate("ops_center_lago_invoices_total", vars, "", "status")+` * 3600`, "{{status}}")),
					"Spikes at the start of billing periods are normal; failed invoices should stay near zero."},
				{barsPanel("Payment success/failure", "Payments per hour by status.", units.Short,
					query(sumRate("ops_center_lago_payments_total", vars, "", "status")+` * 3600`, "{{status}}")),
					"A rising failed share often means a payment provider problem rather than customers."},
				{timeseriesPanel("Webhook processing time", "p95 time to handle Lago webhooks by type.", units.Seconds,
					query(quantile(0.95, "ops_center_lago_webhook_duration_seconds", vars, "", "webhook_type"), "{{webhook_type}}")).
					Thresholds(alertThresholds(2, 5)),
					"Lago retries slow webhooks; several seconds risks duplicates and timeouts."},
			}},
		},
	}
}
