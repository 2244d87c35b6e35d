package alerts

import (
	"strings"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Data: medium alerts on how well the data stores serve Ops-Center.

func dataAlerts() []Alert {
	return []Alert{highCacheMissRate(), slowDatabaseQueries()}
}

func keyspace(kind, values string) Series {
	return series(`redis_keyspace_`+kind+`_total{job="redis",instance="`+redisExporter+`",redis="`+model.LocalRedis+`"}`, values)
}

func lagoKeyspace(kind, values string) Series {
	return series(`redis_keyspace_`+kind+`_total{job="redis",instance="`+lagoRedisExp+`",redis="`+model.LocalLagoRedis+`"}`, values)
}

func highCacheMissRate() Alert {
	// Only the instances the model calls caches: a queue's pollers miss by design.
	caches := model.WithRole(model.ServiceRedis, model.RoleCache)
	return Alert{
		Name:     "HighCacheMissRate",
		Expr:     RecRedisMissRatio + `{redis=~"` + strings.Join(caches, "|") + `"} > 0.5`,
		For:      10 * time.Minute,
		Severity: SeverityMedium, Service: model.ServiceRedis,
		Summary:      "Redis {{ $labels.redis }} misses more than half of its lookups",
		Description:  `{{ $value | humanizePercentage }} of key lookups on {{ $labels.redis }} missed over the last 5 minutes (threshold 50%).`,
		DashboardUID: DashRedis,
		Jobs:         []string{model.JobRedis},
		Runbook: Runbook{
			Description: "More than 50% of key lookups on a Redis instance used as a cache (label redis; " + strings.Join(caches, ", ") + ") have missed for 10 minutes. Redis instances used as queues (Lago's Sidekiq) are left out: their workers poll empty keys all day.",
			Impact: []string{
				"Requests fall through to PostgreSQL and external APIs: slower pages, more load",
				"Sessions may be lost if session keys are being evicted",
			},
			Diagnosis: []string{
				"Check evictions and memory: `docker exec unicorn-redis redis-cli info stats | grep -E 'keyspace_(hits|misses)|evicted_keys|expired_keys'`",
				"Check maxmemory and policy: `docker exec unicorn-redis redis-cli config get maxmemory*`",
				"Count keys: `docker exec unicorn-redis redis-cli info keyspace`",
				promQuery(`rate(redis_evicted_keys_total[5m])`),
			},
			Resolution: []string{
				"If keys are evicted: raise maxmemory (`docker exec unicorn-redis redis-cli config set maxmemory 512mb`, then persist it in the compose file)",
				"If the cache was just flushed or Redis restarted: the ratio recovers as the cache warms; acknowledge and watch",
				"If a deploy changed key names or TTLs: fix or roll back that change",
			},
			Escalation: "Escalate to the backend owner if the miss rate stays above 50% for a day or API latency alerts follow.",
		},
		Tests: []Test{
			firing("fires at a 60% miss rate", time.Minute,
				one(fire(labels("job", "redis", "redis", model.LocalRedis), 0.6)),
				keyspace("hits", "0+40x40"), keyspace("misses", "0+60x40")),
			silent("silent at 49% misses", time.Minute,
				keyspace("hits", "0+51x40"), keyspace("misses", "0+49x40")),
			silent("silent on Lago's Sidekiq queue, whose pollers miss by design", time.Minute,
				lagoKeyspace("hits", "0+1x40"), lagoKeyspace("misses", "0+99x40")),
		},
	}
}

func dbQueries(le, values string) Series {
	base := `job="ops-center",instance="` + opsCenterTarget + `",operation="select"`
	if le == "" {
		return series(`ops_center_db_query_duration_seconds_count{`+base+`}`, values)
	}
	return series(`ops_center_db_query_duration_seconds_bucket{`+base+`,le="`+le+`"}`, values)
}

func slowDatabaseQueries() Alert {
	return Alert{
		Name:     "SlowDatabaseQueries",
		Expr:     RecSlowQueriesPerMinute + ` > 10`,
		For:      5 * time.Minute,
		Severity: SeverityMedium, Service: model.ServicePostgreSQL,
		Summary:      "More than 10 slow database queries per minute",
		Description:  `Ops-Center runs {{ $value | humanize }} database queries per minute that take over 1s (threshold 10).`,
		DashboardUID: DashDatabase,
		Jobs:         []string{model.JobOpsCenter},
		Runbook: Runbook{
			Description: "Ops-Center has run more than 10 database queries per minute that took longer than 1 second, for 5 minutes.",
			Impact: []string{
				"Pages that run those queries are slow; HighAPILatency may follow",
				"Connections stay busy longer and the pool can run out",
			},
			Diagnosis: []string{
				promQuery(`(sum by (operation) (rate(ops_center_db_query_duration_seconds_count[5m])) - sum by (operation) (rate(ops_center_db_query_duration_seconds_bucket{le=~"1|1.0"}[5m]))) * 60`),
				"List running queries: `docker exec unicorn-postgresql psql -U postgres -c \"select pid, now()-query_start as age, state, query from pg_stat_activity where state<>'idle' order by age desc limit 10\"`",
				"Check for locks: `docker exec unicorn-postgresql psql -U postgres -c 'select * from pg_locks where not granted'`",
				"Check table bloat and vacuum: `docker exec unicorn-postgresql psql -U postgres -c 'select relname, n_dead_tup, last_autovacuum from pg_stat_user_tables order by n_dead_tup desc limit 10'`",
			},
			Resolution: []string{
				"If one query blocks others: cancel it with `docker exec unicorn-postgresql psql -U postgres -c 'select pg_cancel_backend(<pid>)'`",
				"If a table lacks an index: add it in a migration (EXPLAIN ANALYZE the slow query first)",
				"If dead tuples pile up, in a quiet period: `docker exec unicorn-postgresql psql -U postgres -c 'VACUUM ANALYZE <table>'`",
			},
			Escalation: "Escalate to the database owner if slow queries persist for an hour or DatabaseDown follows.",
		},
		Tests: []Test{
			// 150 queries a minute, 50 within 1s: 100 slow ones a minute.
			steady(firing("fires at 100 slow queries a minute", time.Minute,
				one(fire(labels("job", "ops-center"), 100)),
				dbQueries("", "0+150x40"), dbQueries("1.0", "0+50x40"))),
			silent("silent at exactly 10 a minute", time.Minute,
				dbQueries("", "0+30x40"), dbQueries("1.0", "0+20x40")),
		},
	}
}
