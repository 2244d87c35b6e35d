package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

const namecheapCalls = "ops_center_namecheap_api_calls_total"

func namecheap() spec {
	return spec{
		file: "namecheap-api-monitoring", uid: UIDNamecheap, title: titles[UIDNamecheap],
		category: "external-apis", folder: FolderServices, anchor: namecheapCalls,
		purpose: "How are NameCheap calls and the NameCheap-to-Cloudflare migrations doing? Queue depth, " +
			"success rate, DNS latency, active migrations and domain transfers.",
		related: []string{UIDMigrations, UIDCloudflare, UIDDNS},
		rows: []row{
			{"Migrations", []item{
				{statPanel("Migration job queue depth", "Migration jobs waiting to start.", units.Short,
					query(`max(`+sel("ops_center_migration_queue_depth", vars, "")+`)`, "queued")).
					Thresholds(alertThresholds(10, 50)),
					"A queue that only grows means workers are stuck or throttled."},
				{statPanel("Active migrations", "Migration jobs running now.", units.Short,
					query(sumBy(sel("ops_center_migration_jobs_active", vars, "")), "running")),
					"Should match the worker count during a batch and fall to zero after."},
				{statPanel("Migration success rate", "Share of finished migrations that succeeded.", units.PercentUnit,
					query(ratio("ops_center_migration_jobs_total", vars, `status="success"`), "success")).
					Thresholds(floorThresholds(migrationRed, migrationYellow)),
					"Yellow below 98%, red below 90%: look at Failed migration details on the Migration Jobs dashboard."},
				{statPanel("Domain transfers pending", "Domains whose transfer is not finished yet.", units.Short,
					query(sumBy(sel("ops_center_domain_transfers", vars, `status!~"completed|failed"`)), "pending")),
					"Transfers take days at the registry; a count that never falls suggests stuck transfers."},
				{barsPanel("Migration success/failure rate", "Finished migrations per second by outcome.", units.OpsPerSecond,
					query(sumRate("ops_center_migration_jobs_total", vars, "", "status"), "{{status}}")),
					"Failure bars in a batch usually share one reason; see Failed migration details."},
				{timeseriesPanel("Domain transfer status", "Domains per transfer status.", units.Short,
					query(sumBy(sel("ops_center_domain_transfers", vars, ""), "status"), "{{status}}")),
					"Completed should grow while pending shrinks."},
			}},
			{"NameCheap API", []item{
				{timeseriesPanel("DNS operation latency", "p95 latency of DNS operations against NameCheap.", units.Seconds,
					query(quantile(0.95, "ops_center_dns_operation_duration_seconds", vars, `provider="namecheap"`, "operation"), "{{operation}}")),
					"NameCheap is slower than Cloudflare; several seconds at p95 is common, tens of seconds is not."},
				{timeseriesPanel("NameCheap call rate", "NameCheap API calls per second by command and outcome.", units.RequestsPerSecond,
					query(sumRate(namecheapCalls, vars, "", "command", "status"), "{{command}} {{status}}")),
					"NameCheap reports many errors with HTTP 200; they are counted as error here."},
				{timeseriesPanel("NameCheap call latency", "p95 NameCheap API latency by command.", units.Seconds,
					query(quantile(0.95, externalLatency, vars, `provider="namecheap"`, "operation"), "{{operation}}")),
					"Compare with DNS operation latency: the gap is time spent in our own code."},
			}},
		},
	}
}
