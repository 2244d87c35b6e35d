package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

const (
	dbQueries  = "ops_center_db_queries_total"
	dbDuration = "ops_center_db_query_duration_seconds"
	// realDatabases leaves out PostgreSQL's template databases.
	realDatabases = `datname!~"template.*"`
)

// slowQueriesPerMinute counts queries over one second per operation: all queries
// minus those in the le="1" bucket (prometheus_client writes "1.0", Prometheus 3 "1").
func slowQueriesPerMinute() string {
	return `(` + sumRate(dbDuration+"_count", opsCenter, "", "operation") + ` - ` +
		sumRate(dbDuration+"_bucket", opsCenter, `le=~"1|1.0"`, "operation") + `) * 60`
}

func databasePerformance() spec {
	return spec{
		file: "database-performance", uid: UIDDatabase, title: titles[UIDDatabase],
		category: "database", folder: FolderServices, critical: true, anchor: "pg_up",
		purpose: "Is PostgreSQL (unicorn-postgresql) keeping up? Connections, transactions and table sizes from " +
			"postgres_exporter; query time and slow queries as the Ops-Center backend measures them.",
		related: []string{UIDAPI, UIDRedis, UIDSystemHealth},
		rows: []row{
			{"Connections", []item{
				{upStat("PostgreSQL up", "Whether postgres_exporter can connect to the database.",
					sel("pg_up", vars, ""), "{{instance}}"),
					"DOWN pages as DatabaseDown; check the container and its logs first."},
				{gaugePanel("Connections used", "Client connections as a share of max_connections.",
					query(`100 * sum by (instance) (`+sel("pg_stat_database_numbackends", vars, "")+`) / max by (instance) (`+sel("pg_settings_max_connections", vars, "")+`)`, "{{instance}}")),
					"Above 90% new connections will soon be refused; look for a leaking pool in the backend."},
				{timeseriesPanel("Connection count", "Open connections per database.", units.Short,
					query(sumBy(sel("pg_stat_database_numbackends", vars, realDatabases), "datname"), "{{datname}}")),
					"Flat is normal for a pooled backend; steps up that never come down suggest leaked connections."},
				{statPanel("Longest running transaction", "Age of the oldest open transaction.", units.Seconds,
					query(`max(`+sel("pg_stat_activity_max_tx_duration", vars, "")+`)`, "oldest")).
					Thresholds(alertThresholds(60, 300)),
					"Minutes-long transactions hold locks and block vacuum; find them in pg_stat_activity."},
			}},
			{"Queries", []item{
				{timeseriesPanel("Query execution time", "p95 query time per operation, measured by the backend.", units.Seconds,
					query(quantile(0.95, dbDuration, opsCenter, "", "operation"), "p95 {{operation}}"),
					query(mean(dbDuration, opsCenter, ""), "mean (all)")).
					Thresholds(alertThresholds(0.5, 1)),
					"The mean shows the usual cost; a p95 line pulling away from it is one operation getting slow."},
				{timeseriesPanel("Slow queries (>1s)", "Queries that took longer than one second, per minute, per operation.", units.OpsPerMinute,
					query(slowQueriesPerMinute(), "{{operation}}"),
					query(sel(recSlowQueriesPerMin, opsCenter, ""), "total (alert signal)")).
					Thresholds(alertThresholds(5, 10)),
					"SlowDatabaseQueries fires above 10 per minute; the per-operation lines say which kind of query to look at."},
				{timeseriesPanel("Query rate by outcome", "Queries per second by operation and success or error.", units.OpsPerSecond,
					query(sumRate(dbQueries, opsCenter, "", "operation", "status"), "{{operation}} {{status}}")),
					"Any error series above zero deserves a look in the backend logs."},
			}},
			{"Throughput and storage", []item{
				{timeseriesPanel("Transaction rate", "Commits and rollbacks per second per database.", units.OpsPerSecond,
					query(sumRate("pg_stat_database_xact_commit", vars, realDatabases, "datname"), "commit {{datname}}"),
					query(sumRate("pg_stat_database_xact_rollback", vars, realDatabases, "datname"), "rollback {{datname}}")),
					"Rollbacks should be a small fraction of commits; a jump usually comes with application errors."},
				{timeseriesPanel("Cache hit ratio", "Share of block reads served from PostgreSQL's shared buffers.", units.PercentUnit,
					query(sumRate("pg_stat_database_blks_hit", vars, realDatabases, "datname")+` / (`+
						sumRate("pg_stat_database_blks_hit", vars, realDatabases, "datname")+` + `+
						sumRate("pg_stat_database_blks_read", vars, realDatabases, "datname")+`)`, "{{datname}}")),
					"Healthy OLTP databases stay above 99%; lower means the working set outgrew memory."},
				{tablePanel("Table sizes", "Largest tables by on-disk size (heap only).", units.BytesIEC,
					tableQuery(`topk(20, `+sumBy(sel("pg_stat_user_tables_table_size_bytes", vars, ""), "datname", "schemaname", "relname")+`)`)),
					"Watch the top rows grow over weeks; a table growing much faster than its rows suggests bloat."},
				{timeseriesPanel("Database size", "On-disk size of each database.", units.BytesIEC,
					query(sumBy(sel("pg_database_size_bytes", vars, realDatabases), "datname"), "{{datname}}")),
					"Growth should be steady; compare the slope with free disk on System Health."},
			}},
		},
	}
}
