package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

const migrationJobs = "ops_center_migration_jobs_total"

func migrations() spec {
	return spec{
		file: "migration-jobs", uid: UIDMigrations, title: titles[UIDMigrations],
		category: "migrations", folder: FolderServices, anchor: migrationJobs,
		purpose: "Are domain migrations from NameCheap to Cloudflare flowing? Active jobs, queue, outcomes, " +
			"duration and why failures happen.",
		related: []string{UIDNamecheap, UIDCloudflare, UIDDNS},
		rows: []row{
			{"Now", []item{
				{statPanel("Active migration jobs", "Migration jobs running now.", units.Short,
					query(sumBy(sel("ops_center_migration_jobs_active", vars, "")), "running")),
					"Zero with a non-empty queue means the workers are not picking up jobs."},
				{statPanel("Migration queue depth", "Jobs waiting to start.", units.Short,
					query(`max(`+sel("ops_center_migration_queue_depth", vars, "")+`)`, "queued")).
					Thresholds(alertThresholds(10, 50)),
					"Should drain during a batch; growth while workers are active means they are too slow or throttled."},
				{statPanel("Average migration time", "Mean duration of migrations that finished in the window.", units.Seconds,
					query(mean("ops_center_migration_duration_seconds", vars, ""), "mean")),
					"Most of the time is DNS propagation and registry work; compare with DNS Operations."},
				{statPanel("Success rate", "Share of finished migrations that succeeded.", units.PercentUnit,
					query(ratio(migrationJobs, vars, `status="success"`), "success")).
					Thresholds(floorThresholds(migrationRed, migrationYellow)),
					"Yellow below 98%, red below 90% of migrations succeeding; the table below says why they failed."},
			}},
			{"History", []item{
				{barsPanel("Success/failure rate", "Finished migrations per second by outcome.", units.OpsPerSecond,
					query(sumRate(migrationJobs, vars, "", "status"), "{{status}}")),
					"Failure bars clustered in time usually share a cause, such as a provider outage."},
				{timeseriesPanel("Queue and active jobs", "Queue depth and running jobs over time.", units.Short,
					query(`max(`+sel("ops_center_migration_queue_depth", vars, "")+`)`, "queued"),
					query(sumBy(sel("ops_center_migration_jobs_active", vars, "")), "running")),
					"A healthy batch shows the queue falling while running stays at the worker count."},
				{heatmapPanel("Migration duration distribution", "How long finished migrations took.", units.Seconds,
					heatmapQuery(sumRate("ops_center_migration_duration_seconds_bucket", vars, "", "le"))),
					"A band far above the rest is a class of domain that takes much longer; look at its failures too."},
				{tablePanel("Failed migration details", "Failed migrations in the selected range, by reason.", units.Short,
					tableQuery(`sum by (reason) (increase(`+sel("ops_center_migration_failures_total", vars, "")+`[$__range])) > 0`)),
					"Each row is a failure reason with its count; the biggest row is the first fix."},
			}},
		},
	}
}
