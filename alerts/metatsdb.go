package alerts

import (
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Prometheus' own storage: compactions that keep failing and a write-ahead log
// found corrupted. Both counters are Prometheus' TSDB's (tsdb/db.go, tsdb/head.go).

func prometheusTSDBCompactionsFailing() Alert {
	sel := `prometheus_tsdb_compactions_failed_total{` + promSelf + `}`
	return Alert{
		Name: "PrometheusTSDBCompactionsFailing",
		// The TSDB retries a failed compaction within a minute (tsdb/db.go run()): a
		// lasting fault fails every 5m window, a one-off failure only one.
		Expr:     `increase(prometheus_tsdb_compactions_failed_total{job="prometheus"}[5m]) > 0`,
		For:      15 * time.Minute,
		Severity: SeverityHigh, Service: model.ServicePrometheus, Labels: resource("tsdb"),
		Summary:      "Prometheus fails to compact its storage",
		Description:  `Prometheus {{ $labels.instance }} has failed to compact its TSDB in every 5-minute window for 15 minutes: its in-memory head and write-ahead log keep growing.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobPrometheus},
		Runbook: Runbook{
			Description: "Prometheus' TSDB has failed compactions in every 5-minute window for 15 minutes (prometheus_tsdb_compactions_failed_total, tsdb/db.go of v0.316.0). A compaction writes the in-memory head out as a block, truncates the head and the write-ahead log, and merges blocks; a failed one is retried within a minute. Head truncation is part of it (tsdb/db.go compactHead), so prometheus_tsdb_head_truncations_failed_total failures show here too.",
			Impact: []string{
				"Nothing is lost yet, but the head keeps every sample since the last good compaction: memory grows until the container is OOM-killed, and the write-ahead log grows on disk",
				"A restart then replays the whole write-ahead log: a long gap in every metric and alert",
			},
			Diagnosis: []string{
				"Read the error: `docker logs prometheus 2>&1 | grep -iE 'compaction failed|compact' | tail -20`",
				"Is the volume full? `docker exec prometheus df -h /prometheus`",
				"How large the head and the WAL are: `docker exec prometheus du -sh /prometheus/wal` and " + promQuery(`prometheus_tsdb_head_series`),
			},
			Resolution: []string{
				"Disk full: free space on the volume's filesystem (see DiskSpaceOver90Percent) or lower --storage.tsdb.retention.time in model/components.go and redeploy; compaction resumes by itself",
				"An overlapping or corrupted block named in the log: move that block directory out of /prometheus on the host's volume while Prometheus is stopped (`docker stop prometheus`), then `docker start prometheus`",
			},
			Escalation: "Escalate to the monitoring owner the same day; at once if Prometheus' memory is near its limit (ContainerOOMKilled would follow).",
		},
		Tests: lastingFaultTests(fixed(sel), labels("job", "prometheus", "instance", "localhost:9090")),
	}
}

func prometheusTSDBWALCorrupted() Alert {
	corruptions := `prometheus_tsdb_wal_corruptions_total{` + promSelf + `}`
	started := `process_start_time_seconds{` + promSelf + `}`
	out := labels("job", "prometheus", "instance", "localhost:9090")
	return Alert{
		Name: "PrometheusTSDBWALCorrupted",
		// The counter starts at 0 with each process and a corruption found at start-up
		// is counted before the first scrape; the repair may also drop the samples
		// before it. So a young process with a count above 0 is an event too.
		Expr: `increase(prometheus_tsdb_wal_corruptions_total{job="prometheus"}[1h]) > 0` +
			` or (prometheus_tsdb_wal_corruptions_total{job="prometheus"} > 0` +
			` and on (job, instance) time() - process_start_time_seconds{job="prometheus"} < 3600)`,
		Severity: SeverityHigh, Service: model.ServicePrometheus, Labels: resource("tsdb"),
		Summary:      "Prometheus found its write-ahead log corrupted",
		Description:  `Prometheus {{ $labels.instance }} found a corrupted write-ahead log in the last hour and repaired it by dropping what followed the corruption.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobPrometheus},
		Runbook: Runbook{
			Description: "Prometheus' TSDB counted a write-ahead-log corruption in the last hour (prometheus_tsdb_wal_corruptions_total, tsdb/head.go of v0.316.0): at start-up while replaying the log (tsdb/db.go), or while checkpointing it. Prometheus repairs the log by cutting it at the corrupted record.",
			Impact: []string{
				"Samples written after the corruption point and before the repair are gone: a gap in every metric, usually around an unclean stop (OOM kill, host crash, full disk)",
				"Nothing to do tonight if Prometheus is up again; the cause may strike again",
			},
			Diagnosis: []string{
				"Read the repair: `docker logs prometheus 2>&1 | grep -iE 'corrupt|repair' | tail -20`",
				"Was it killed? `docker inspect prometheus --format '{{.State.OOMKilled}} {{.RestartCount}} {{.State.StartedAt}}'`",
				"Is the volume full or failing? `docker exec prometheus df -h /prometheus` and `sudo dmesg -T | grep -iE 'i/o error|ext4|xfs' | tail`",
			},
			Resolution: []string{
				"OOM kills: raise Prometheus' memory limit (MemoryMB in model/components.go) and redeploy",
				"Disk errors: move the volume to a healthy disk; a full disk: see DiskSpaceOver90Percent",
			},
			Escalation: "Tell the monitoring owner the next working day; escalate at once if it repeats within a day (failing disk).",
		},
		Tests: []Test{
			firing("fires after a start-up that repaired the log", 0, one(fire(out, 1)),
				series(corruptions, "1x30"), series(started, "0x30")),
			firing("fires when a long-running process finds a corruption", 5*time.Minute, one(fire(out, 0)),
				series(corruptions, "0x4 1x30"), series(started, "-86400x40")),
			silent("a corruption repaired over an hour ago is not alerted", 0,
				series(corruptions, "1x30"), series(started, "-7200x30")),
			silent("silent with a clean log", 0, series(corruptions, "0x30"), series(started, "0x30")),
		},
	}
}
