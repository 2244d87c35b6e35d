package alerts

import (
	"fmt"
	"strings"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Data stores beyond up/down, as the PostgreSQL and Redis mixins watch them, on the
// metric names and labels of the pinned postgres_exporter and redis_exporter
// (model/releases.go). Counters go through increase(): a restart of the exporter
// or the server resets them and must not alert.

func datastoreAlerts() []Alert {
	return []Alert{
		postgresConnectionsNearMax(), postgresDeadlocks(), postgresLongTransaction(), postgresReplicationLag(),
		redisRejectedConnections(), redisQueueEvicting(), redisMemoryNearMax(),
	}
}

// pgTarget is the label set Prometheus gives every postgres_exporter series.
const pgTarget = `job="postgresql",instance="` + pgExporter + `",database="` + model.LocalPostgreSQL + `"`

// pgServer is the server label postgres_exporter's query-based metrics carry.
const pgServer = `server="` + model.LocalPostgreSQL + `:5432"`

func pgOut(kv ...string) map[string]string {
	return labels(append([]string{"job", "postgresql", "instance", pgExporter, "database", model.LocalPostgreSQL}, kv...)...)
}

// pgActivity is a pg_stat_activity_* series of one connection group (empty labels,
// such as wait_event of a busy backend, are absent).
func pgActivity(metric, state, values string) Series {
	return series(fmt.Sprintf(`%s{%s,%s,datname="unicorn",state="%s",usename="ops_center",application_name="ops-center",backend_type="client backend"}`,
		metric, pgTarget, pgServer, state), values)
}

func postgresConnectionsNearMax() Alert {
	return Alert{
		Name: "PostgreSQLConnectionsNearMax",
		Expr: `sum by (job, instance, database) (pg_stat_activity_count{job="postgresql"})` +
			` / sum by (job, instance, database) (pg_settings_max_connections{job="postgresql"}) > 0.8`,
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServicePostgreSQL, Labels: resource("connections"),
		Summary:      "PostgreSQL {{ $labels.database }} uses over 80% of max_connections",
		Description:  `{{ $labels.database }} has {{ $value | humanizePercentage }} of its max_connections in use: new connections will soon be refused.`,
		DashboardUID: DashDatabase,
		Jobs:         []string{model.JobPostgreSQL},
		Runbook: Runbook{
			Description: "Connections in pg_stat_activity have been above 80% of the server's max_connections for 5 minutes.",
			Impact:      []string{"At 100% PostgreSQL refuses new connections: API requests, logins and Lago jobs fail"},
			Diagnosis: []string{
				"Who holds them: `docker exec unicorn-postgresql psql -U postgres -c 'select usename, application_name, state, count(*) from pg_stat_activity group by 1, 2, 3 order by 4 desc'`",
				promQuery(`sum by (state, application_name) (pg_stat_activity_count{job="postgresql"})`),
			},
			Resolution: []string{
				"If one client leaks idle connections: restart it and fix its pool size",
				"Terminate sessions idle in transaction for long: `docker exec unicorn-postgresql psql -U postgres -c \"select pg_terminate_backend(pid) from pg_stat_activity where state = 'idle in transaction' and now() - state_change > interval '10 minutes'\"`",
				"If the load is legitimate: put a pooler (PgBouncer) in front rather than raising max_connections",
			},
			Escalation: "Escalate to the database owner if usage reaches 95% or connections are refused.",
		},
		Tests: []Test{
			firing("fires at 85 of 100 connections", 0, one(fire(pgOut(), 0.85)),
				pgActivity("pg_stat_activity_count", "active", "5x40"), pgActivity("pg_stat_activity_count", "idle", "80x40"),
				series(`pg_settings_max_connections{`+pgTarget+`,`+pgServer+`}`, "100x40")),
			silent("silent at 80 of 100", 0,
				pgActivity("pg_stat_activity_count", "active", "5x40"), pgActivity("pg_stat_activity_count", "idle", "75x40"),
				series(`pg_settings_max_connections{`+pgTarget+`,`+pgServer+`}`, "100x40")),
		},
	}
}

func deadlocks(values string) Series {
	return series(`pg_stat_database_deadlocks{`+pgTarget+`,datid="16384",datname="unicorn"}`, values)
}

func postgresDeadlocks() Alert {
	return Alert{
		Name:     "PostgreSQLDeadlocks",
		Expr:     `increase(pg_stat_database_deadlocks{job="postgresql"}[15m]) > 0`,
		Severity: SeverityMedium, Service: model.ServicePostgreSQL,
		Summary:      "Deadlocks in PostgreSQL database {{ $labels.datname }}",
		Description:  `PostgreSQL aborted transactions in {{ $labels.datname }} to break deadlocks in the last 15 minutes.`,
		DashboardUID: DashDatabase,
		Jobs:         []string{model.JobPostgreSQL},
		Runbook: Runbook{
			Description: "pg_stat_database's deadlock count of a database rose in the last 15 minutes: two transactions waited on each other's locks and PostgreSQL aborted one.",
			Impact:      []string{"The aborted request failed (a 5xx or a retried job); repeated deadlocks mean a code path takes locks in inconsistent order"},
			Diagnosis: []string{
				"Read the deadlock reports, which name both statements: `docker logs unicorn-postgresql --since 30m 2>&1 | grep -A8 'deadlock detected'`",
				"Locks waited on now: `docker exec unicorn-postgresql psql -U postgres -c 'select * from pg_locks where not granted'`",
			},
			Resolution: []string{
				"Fix the code path so every transaction locks rows and tables in the same order, or retry on SQLSTATE 40P01",
			},
			Escalation: "Open a bug for the backend owner; escalate if deadlocks come in bursts that fail user requests.",
		},
		Tests: counterEventTests(deadlocks, pgOut("datid", "16384", "datname", "unicorn"), "PostgreSQL"),
	}
}

func postgresLongTransaction() Alert {
	return Alert{
		Name:     "PostgreSQLLongRunningTransaction",
		Expr:     `max by (job, instance, database, datname) (pg_stat_activity_max_tx_duration{job="postgresql"}) > 3600`,
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServicePostgreSQL,
		Summary:      "A transaction in {{ $labels.datname }} has been open for over an hour",
		Description:  `The oldest transaction in {{ $labels.datname }} has run for {{ $value | humanizeDuration }}: it holds locks and keeps vacuum from cleaning up.`,
		DashboardUID: DashDatabase,
		Jobs:         []string{model.JobPostgreSQL},
		Runbook: Runbook{
			Description: "postgres_exporter's pg_stat_activity_max_tx_duration (the age of the oldest open transaction, active or idle in transaction) has been over one hour for 5 minutes.",
			Impact: []string{
				"Rows it locked block other writers; requests touching them time out",
				"Vacuum cannot remove dead rows newer than it: tables and indexes bloat",
			},
			Diagnosis: []string{
				"Find it: `docker exec unicorn-postgresql psql -U postgres -c \"select pid, usename, application_name, state, now() - xact_start as age, left(query, 80) from pg_stat_activity where xact_start is not null order by xact_start limit 5\"`",
			},
			Resolution: []string{
				"Cancel its query: `docker exec unicorn-postgresql psql -U postgres -c 'select pg_cancel_backend(<pid>)'`; if idle in transaction, end it with pg_terminate_backend(<pid>)",
				"Fix the client that leaves transactions open (a missing commit, a debugger session, a stuck migration)",
			},
			Escalation: "Escalate to the database owner if it cannot be ended or comes back.",
		},
		Tests: []Test{
			firing("fires for a two-hour transaction", 0, one(fire(pgOut("datname", "unicorn"), 7200)),
				pgActivity("pg_stat_activity_max_tx_duration", "idle in transaction", "7200x40"),
				pgActivity("pg_stat_activity_max_tx_duration", "active", "2x40")),
			silent("silent for short transactions", 0,
				pgActivity("pg_stat_activity_max_tx_duration", "active", "30x40"),
				pgActivity("pg_stat_activity_max_tx_duration", "idle", "0x40")),
		},
	}
}

func replication(metric, values string) Series {
	return series(metric+`{`+pgTarget+`}`, values)
}

func postgresReplicationLag() Alert {
	return Alert{
		Name: "PostgreSQLReplicationLag",
		// Only on a replica: a primary reports lag 0 and is_replica 0.
		Expr:     `pg_replication_lag_seconds{job="postgresql"} > 300 and on(job, instance, database) pg_replication_is_replica{job="postgresql"} == 1`,
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServicePostgreSQL,
		Summary:      "PostgreSQL replica {{ $labels.database }} lags over 5 minutes",
		Description:  `The replica {{ $labels.database }} replays the primary's changes {{ $value | humanizeDuration }} late.`,
		DashboardUID: DashDatabase,
		Jobs:         []string{model.JobPostgreSQL},
		Runbook: Runbook{
			Description: "A PostgreSQL replica (pg_replication_is_replica 1) has replayed WAL more than 5 minutes behind the primary for 5 minutes. Primaries never fire it.",
			Impact: []string{
				"Reads served by the replica are stale",
				"A failover now would lose the unreplayed changes",
			},
			Diagnosis: []string{
				"On the replica: `docker exec unicorn-postgresql psql -U postgres -c 'select now() - pg_last_xact_replay_timestamp() as lag, pg_is_in_recovery()'`",
				"Is the WAL receiver connected? `docker exec unicorn-postgresql psql -U postgres -c 'select status, sender_host, last_msg_receipt_time from pg_stat_wal_receiver'`",
			},
			Resolution: []string{
				"If the receiver is disconnected: fix the network or credentials to the primary and restart the replica",
				"If replay is slow: look for long queries on the replica that conflict with replay, or disk saturation",
			},
			Escalation: "Escalate to the database owner if lag keeps growing for 30 minutes.",
		},
		Tests: []Test{
			firing("fires on a replica ten minutes behind", 0, one(fire(pgOut(), 600)),
				replication("pg_replication_lag_seconds", "600x40"), replication("pg_replication_is_replica", "1x40")),
			silent("silent on a primary", 0,
				replication("pg_replication_lag_seconds", "0x40"), replication("pg_replication_is_replica", "0x40")),
			silent("silent on a replica one minute behind", 0,
				replication("pg_replication_lag_seconds", "60x40"), replication("pg_replication_is_replica", "1x40")),
		},
	}
}

// redisTarget is the label set Prometheus gives a redis_exporter series of instance.
func redisTarget(instance string) string {
	exporter := redisExporter
	if instance == model.LocalLagoRedis {
		exporter = lagoRedisExp
	}
	return `job="redis",instance="` + exporter + `",redis="` + instance + `"`
}

func redisOut(instance string) map[string]string {
	out := labels("job", "redis", "redis", instance, "instance", redisExporter)
	if instance == model.LocalLagoRedis {
		out["instance"] = lagoRedisExp
	}
	return out
}

func redisRejectedConnections() Alert {
	sel := `redis_rejected_connections_total{` + redisTarget(model.LocalRedis) + `}`
	return Alert{
		Name:     "RedisRejectedConnections",
		Expr:     `increase(redis_rejected_connections_total{job="redis"}[5m]) > 0`,
		Severity: SeverityHigh, Service: model.ServiceRedis, Labels: resource("connections"),
		Summary:      "Redis {{ $labels.redis }} refuses connections",
		Description:  `{{ $labels.redis }} rejected client connections in the last 5 minutes: it has reached maxclients.`,
		DashboardUID: DashRedis,
		Jobs:         []string{model.JobRedis},
		Runbook: Runbook{
			Description: "Redis counted rejected connections in the last 5 minutes: it reached maxclients and refuses new clients.",
			Impact:      []string{"Clients that cannot connect fail: sessions and caches for unicorn-redis, billing jobs for unicorn-lago-redis"},
			Diagnosis: []string{
				"Clients and limit: `docker exec unicorn-redis redis-cli info clients` and `docker exec unicorn-redis redis-cli config get maxclients` (or unicorn-lago-redis)",
				"Who holds them: `docker exec unicorn-redis redis-cli client list | cut -d' ' -f2 | sort | uniq -c | sort -rn | head`",
			},
			Resolution: []string{
				"Restart the client that leaks connections and fix its pool",
				"If the load is legitimate: raise maxclients (and the container's file limit) in the Redis configuration",
			},
			Escalation: "Escalate to the backend owner if rejections continue for 15 minutes.",
		},
		Tests: counterEventTests(fixed(sel), redisOut(model.LocalRedis), "Redis"),
	}
}

func redisQueueEvicting() Alert {
	queues := model.WithRole(model.ServiceRedis, model.RoleQueue)
	sel := `redis_evicted_keys_total{` + redisTarget(model.LocalLagoRedis) + `}`
	cache := `redis_evicted_keys_total{` + redisTarget(model.LocalRedis) + `}`
	return Alert{
		Name: "RedisQueueEvictingKeys",
		// A cache evicts by design (allkeys-lru); a queue that evicts loses jobs.
		Expr:     `increase(redis_evicted_keys_total{job="redis",redis=~"` + strings.Join(queues, "|") + `"}[10m]) > 0`,
		Severity: SeverityHigh, Service: model.ServiceRedis, Labels: resource("memory"),
		Summary:      "Redis queue {{ $labels.redis }} is evicting keys: jobs are lost",
		Description:  `{{ $labels.redis }} holds job queues and evicted keys in the last 10 minutes: queued jobs are being dropped.`,
		DashboardUID: DashRedis,
		Jobs:         []string{model.JobRedis},
		Runbook: Runbook{
			Description: "A Redis instance the model marks as a queue (" + strings.Join(queues, ", ") + ") evicted keys in the last 10 minutes: it is at maxmemory with an evicting policy, and evicted keys are lost jobs. Caches evict by design and are not watched here (HighCacheMissRate covers them).",
			Impact:      []string{"Lago jobs (invoices, webhooks, usage aggregation) silently disappear"},
			Diagnosis: []string{
				"Memory and policy: `docker exec unicorn-lago-redis redis-cli info memory | grep -E 'used_memory_human|maxmemory_human|maxmemory_policy'`",
				"Queue sizes: `docker exec unicorn-lago-redis redis-cli info keyspace`",
			},
			Resolution: []string{
				"Raise maxmemory and set maxmemory-policy noeviction (Sidekiq's requirement): `docker exec unicorn-lago-redis redis-cli config set maxmemory-policy noeviction`, then persist it in Lago's compose file",
				"Find why queues grow (workers down? see LagoDown) and tell the billing owner which jobs may be lost",
			},
			Escalation: "Tell the billing owner at once: lost jobs may mean missing invoices.",
		},
		Tests: append(counterEventTests(fixed(sel), redisOut(model.LocalLagoRedis), "Redis"),
			silent("a cache evicting by design does not alert", 2*time.Minute, series(cache, "0 0 100+100x30"))),
	}
}

// redisInfo is redis_exporter's redis_instance_info with the labels it always sets.
func redisInfo(instance, policy string) Series {
	return series(`redis_instance_info{`+redisTarget(instance)+`,role="master",redis_version="7.0.15",redis_build_id="0",redis_mode="standalone",os="Linux 6.1.0 x86_64",maxmemory_policy="`+policy+`",tcp_port="6379",run_id="7d1c",process_id="1",master_replid="a8f3"}`, "1x40")
}

func redisMemory(instance, used, max string) []Series {
	return []Series{
		series(`redis_memory_used_bytes{`+redisTarget(instance)+`}`, used),
		series(`redis_memory_max_bytes{`+redisTarget(instance)+`}`, max),
	}
}

func redisMemoryNearMax() Alert {
	return Alert{
		Name: "RedisMemoryNearMax",
		// maxmemory 0 means unlimited: "> 0" drops it instead of dividing by zero.
		// Only instances that refuse writes when full (noeviction); the others evict.
		Expr: `redis_memory_used_bytes{job="redis"} / (redis_memory_max_bytes{job="redis"} > 0) > 0.9` +
			` and on(job, instance, redis) redis_instance_info{job="redis",maxmemory_policy="noeviction"}`,
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceRedis, Labels: resource("memory"),
		Summary:      "Redis {{ $labels.redis }} is near maxmemory and will refuse writes",
		Description:  `{{ $labels.redis }} uses {{ $value | humanizePercentage }} of its maxmemory with policy noeviction: at 100% every write fails with OOM.`,
		DashboardUID: DashRedis,
		Jobs:         []string{model.JobRedis},
		Runbook: Runbook{
			Description: "A Redis instance with maxmemory set and maxmemory-policy noeviction has used more than 90% of maxmemory for 5 minutes. Instances without a limit (maxmemory 0) and instances with an evicting policy never fire it.",
			Impact:      []string{"At 100% every write fails: sessions cannot be stored, Lago cannot enqueue jobs"},
			Diagnosis: []string{
				"Memory: `docker exec unicorn-lago-redis redis-cli info memory | grep -E 'used_memory_human|maxmemory_human|maxmemory_policy'` (or unicorn-redis)",
				"Biggest keys: `docker exec unicorn-lago-redis redis-cli --bigkeys`",
			},
			Resolution: []string{
				"Raise maxmemory (`docker exec unicorn-lago-redis redis-cli config set maxmemory 1gb`) and persist it in the compose file",
				"Drain what piles up (a stuck queue: see LagoDown) before it fills",
			},
			Escalation: "Escalate to the owner of the instance if it passes 95%.",
		},
		Tests: []Test{
			firing("fires at 95% of maxmemory with noeviction", 0, one(fire(redisOut(model.LocalLagoRedis), 0.95)),
				append(redisMemory(model.LocalLagoRedis, "950x40", "1000x40"), redisInfo(model.LocalLagoRedis, "noeviction"))...),
			silent("maxmemory 0 is unlimited, never NaN or +Inf", 0,
				append(redisMemory(model.LocalLagoRedis, "950x40", "0x40"), redisInfo(model.LocalLagoRedis, "noeviction"))...),
			silent("an evicting cache at its limit is working as designed", 0,
				append(redisMemory(model.LocalRedis, "990x40", "1000x40"), redisInfo(model.LocalRedis, "allkeys-lru"))...),
			silent("silent at 80%", 0,
				append(redisMemory(model.LocalLagoRedis, "800x40", "1000x40"), redisInfo(model.LocalLagoRedis, "noeviction"))...),
		},
	}
}
