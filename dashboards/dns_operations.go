package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

const dnsOperations = "ops_center_dns_operations_total"

func dnsOperationsDashboard() spec {
	return spec{
		file: "dns-operations", uid: UIDDNS, title: titles[UIDDNS],
		category: "dns", folder: FolderServices, anchor: dnsOperations,
		purpose: "Are DNS changes landing? Zone creations, record updates, DNSSEC operations, propagation delay " +
			"and zone health, across Cloudflare and NameCheap.",
		related: []string{UIDCloudflare, UIDNamecheap, UIDMigrations},
		rows: []row{
			{"Operations", []item{
				{barsPanel("Zone creation rate", "Zones created per second by provider and outcome.", units.OpsPerSecond,
					query(sumRate(dnsOperations, vars, `operation="zone_create"`, "provider", "status"), "{{provider}} {{status}}")),
					"Creations follow migrations; error bars here block the whole migration of that domain."},
				{barsPanel("DNS record updates", "Record creates, updates and deletes per second by provider and outcome.", units.OpsPerSecond,
					query(sumRate(dnsOperations, vars, `operation=~"record_.*"`, "provider", "operation", "status"), "{{provider}} {{operation}} {{status}}")),
					"Mostly success is normal; a wave of deletes should match an intended change."},
				{barsPanel("DNSSEC operations", "DNSSEC enable and disable operations per second by outcome.", units.OpsPerSecond,
					query(sumRate(dnsOperations, vars, `operation=~"dnssec_.*"`, "provider", "operation", "status"), "{{provider}} {{operation}} {{status}}")),
					"Rare events; a failed dnssec_enable leaves a zone unsigned, and a disable during a migration is expected."},
				{timeseriesPanel("DNS operation latency", "p95 latency of DNS operations by provider.", units.Seconds,
					query(quantile(0.95, "ops_center_dns_operation_duration_seconds", vars, "", "provider"), "{{provider}}")),
					"NameCheap is normally slower than Cloudflare; a jump for one provider is their incident, not ours."},
			}},
			{"Propagation and health", []item{
				{timeseriesPanel("Propagation delays", "p50 and p95 time until a DNS change was seen by resolvers, by provider.", units.Seconds,
					query(quantile(0.5, "ops_center_dns_propagation_seconds", vars, "", "provider"), "p50 {{provider}}"),
					query(quantile(0.95, "ops_center_dns_propagation_seconds", vars, "", "provider"), "p95 {{provider}}")),
					"Minutes are normal; p95 near 30 minutes means resolvers still cache old answers (check TTLs)."},
				{statPanel("Unhealthy zones", "Zones whose last health check failed.", units.Short,
					query(`count(`+sel("ops_center_dns_zone_healthy", vars, "")+` == 0) or vector(0)`, "unhealthy")).
					Thresholds(alertThresholds(1, 5)),
					"Zero is the goal; the table on the right names the failing zones."},
				{tablePanel("Zone health status", "Result of each zone's last health check.", units.Short,
					tableQuery(sumBy(sel("ops_center_dns_zone_healthy", vars, ""), "zone"))).
					Mappings(upDownMappings("HEALTHY", "FAILING")).Span(18),
					"FAILING zones do not resolve as expected; check nameserver delegation at the registrar first."},
			}},
		},
	}
}
