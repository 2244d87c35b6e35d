package alerts

import (
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Availability: the request's critical "service unreachable" alerts. Each one fires
// on up == 0, on the service's own health gauge, and on a missing series, so that a
// target that vanishes from Prometheus cannot look healthy.

const (
	opsCenterTarget = "ops-center-direct:8084"
	pgExporter      = "postgres-exporter:9187"
	redisExporter   = model.RedisExporter + ":9121"
	lagoRedisExp    = model.LagoRedisExporter + ":9121"
	keycloakTarget  = "uchub-keycloak:9000"
	keycloakProbe   = "http://uchub-keycloak:9000/health/ready"
)

func availabilityAlerts() []Alert {
	return []Alert{opsCenterDown(), databaseDown(), redisDown(), keycloakDown()}
}

func opsCenterDown() Alert {
	up := `up{job="ops-center",instance="` + opsCenterTarget + `"}`
	return Alert{
		Name:     "OpsCenterDown",
		Expr:     `up{job="ops-center"} == 0 or absent(up{job="ops-center"})`,
		For:      2 * time.Minute,
		Severity: SeverityCritical, Service: model.ServiceOpsCenter,
		Summary:      "Ops-Center API is down",
		Description:  `Prometheus gets no answer from the Ops-Center API{{ with $labels.instance }} at {{ . }}{{ end }}: the target is down or missing.`,
		DashboardUID: DashAPIPerformance,
		Jobs:         []string{model.JobOpsCenter},
		Runbook: Runbook{
			Description: "The Ops-Center API (container ops-center-direct, port 8084) has not answered Prometheus' scrapes of /metrics for 2 minutes, or Prometheus has no ops-center target at all.",
			Impact: []string{
				"Users cannot reach the Ops-Center dashboard",
				"API requests fail, including Cloudflare, NameCheap and billing operations",
				"All administrative functions are unavailable",
			},
			Diagnosis: []string{
				dockerPS(model.OpsCenterDemo),
				dockerLogs(model.OpsCenterDemo),
				"Check its resources: `docker stats --no-stream ops-center-direct`",
				"Probe it as the blackbox exporter does: `docker exec blackbox-exporter wget -qO- http://ops-center-direct:8084/health`",
				targetHealth(model.JobOpsCenter),
			},
			Resolution: []string{
				"If the container stopped: `docker start ops-center-direct`; if it hangs: `docker restart ops-center-direct`",
				"If the logs show OOMKilled (`docker inspect ops-center-direct --format '{{.State.OOMKilled}}'`): raise its memory limit in the Ops-Center compose file and redeploy",
				"If the application fails at start-up (database or Redis errors in the logs): fix the dependency first (see DatabaseDown, RedisDown), then restart",
			},
			Escalation: "Page the on-call backend engineer if the API is not back within 5 minutes.",
		},
		Tests: []Test{
			firing("fires once the target has been down for the whole for", 2*time.Minute,
				one(fire(labels("job", "ops-center", "instance", opsCenterTarget), 0)),
				series(up, "1 1 0x30")),
			firing("a missing target does not hide the outage", 0,
				one(fire(labels("job", "ops-center"), 1)),
				series(`up{job="node",instance="node-exporter:9100"}`, "1x30")),
			silent("silent while the target answers", 0, series(up, "1x30")),
		},
	}
}

func databaseDown() Alert {
	sel := `{job="postgresql",instance="` + pgExporter + `",database="unicorn-postgresql"}`
	out := labels("job", "postgresql", "instance", pgExporter, "database", model.LocalPostgreSQL)
	return Alert{
		Name:     "DatabaseDown",
		Expr:     `pg_up{job="postgresql"} == 0 or up{job="postgresql"} == 0 or absent(up{job="postgresql"})`,
		For:      time.Minute,
		Severity: SeverityCritical, Service: model.ServicePostgreSQL,
		Summary:      "PostgreSQL is unreachable",
		Description:  `postgres-exporter cannot reach PostgreSQL {{ with $labels.database }}{{ . }}{{ else }}(no postgresql target is scraped){{ end }}, or the exporter itself is down.`,
		DashboardUID: DashDatabase,
		Jobs:         []string{model.JobPostgreSQL},
		Runbook: Runbook{
			Description: "postgres-exporter reports pg_up == 0 (it cannot connect to unicorn-postgresql), the exporter is not answering, or no postgresql target is scraped, for 1 minute.",
			Impact: []string{
				"Ops-Center API requests that read or write data fail with 5xx",
				"Logins, billing and migrations stop",
			},
			Diagnosis: []string{
				dockerPS(model.LocalPostgreSQL),
				dockerLogs(model.LocalPostgreSQL),
				"Check it accepts connections: `docker exec unicorn-postgresql pg_isready -U postgres`",
				"Check connection count against the limit: `docker exec unicorn-postgresql psql -U postgres -c 'select count(*), current_setting(''max_connections'') from pg_stat_activity'`",
				dockerLogs(model.PostgresExporter),
				targetHealth(model.JobPostgreSQL),
			},
			Resolution: []string{
				"If the container stopped: `docker start unicorn-postgresql` and watch `docker logs -f unicorn-postgresql` until it accepts connections",
				"If the disk is full (`docker exec unicorn-postgresql df -h /var/lib/postgresql/data`): free space (see DiskSpaceOver90Percent) before restarting",
				"If only the exporter is down: `docker restart postgres-exporter`",
				"If connections are exhausted: find the holder with `docker exec unicorn-postgresql psql -U postgres -c 'select pid, usename, state, query_start from pg_stat_activity order by query_start'` and restart the leaking client",
			},
			Escalation: "Page the on-call engineer immediately; involve the database owner if PostgreSQL does not accept connections within 10 minutes or shows corruption in its logs.",
		},
		Tests: []Test{
			firing("fires when the exporter cannot reach PostgreSQL", 2*time.Minute,
				one(fire(out, 0)),
				series("pg_up"+sel, "1 1 0x30"), series("up"+sel, "1x40")),
			firing("fires when the exporter is down", 2*time.Minute,
				one(fire(out, 0)),
				series("up"+sel, "1 1 0x30")),
			firing("a missing target does not hide the outage", 0,
				one(fire(labels("job", "postgresql"), 1)),
				series(`up{job="node",instance="node-exporter:9100"}`, "1x30")),
			silent("silent while PostgreSQL answers", 0, series("pg_up"+sel, "1x30"), series("up"+sel, "1x30")),
		},
	}
}

func redisDown() Alert {
	sel := func(exporter, redis string) string {
		return `{job="redis",instance="` + exporter + `",redis="` + redis + `"}`
	}
	main, lago := sel(redisExporter, model.LocalRedis), sel(lagoRedisExp, model.LocalLagoRedis)
	return Alert{
		Name: "RedisDown",
		Expr: `redis_up{job="redis"} == 0 or up{job="redis"} == 0` +
			` or absent(up{job="redis",redis="` + model.LocalRedis + `"})` +
			` or absent(up{job="redis",redis="` + model.LocalLagoRedis + `"})`,
		For:      time.Minute,
		Severity: SeverityCritical, Service: model.ServiceRedis,
		Summary:      "Redis {{ $labels.redis }} is unreachable",
		Description:  `redis_exporter cannot reach {{ $labels.redis }}{{ with $labels.instance }} (exporter {{ . }}){{ end }}, or the instance is not scraped at all.`,
		DashboardUID: DashRedis,
		Jobs:         []string{model.JobRedis},
		Runbook: Runbook{
			Description: "redis_exporter reports redis_up == 0 for unicorn-redis or unicorn-lago-redis, its exporter is down, or one of the two instances is missing from Prometheus, for 1 minute. The `redis` label names the instance.",
			Impact: []string{
				"unicorn-redis: sessions and caches are lost; logins and API responses slow down or fail",
				"unicorn-lago-redis: Lago billing jobs stop; invoices and webhooks are delayed",
			},
			Diagnosis: []string{
				"Check both containers: `docker ps -a --filter name=unicorn-redis --filter name=unicorn-lago-redis`",
				"Ping the instance named in the alert: `docker exec unicorn-redis redis-cli ping` (or `docker exec unicorn-lago-redis redis-cli ping`)",
				"Check memory against maxmemory: `docker exec unicorn-redis redis-cli info memory | grep -E 'used_memory_human|maxmemory_human'`",
				dockerLogs(model.LocalRedis),
				"Check the exporter: `docker logs redis-exporter --tail 50` (lago: `docker logs redis-exporter-lago --tail 50`)",
			},
			Resolution: []string{
				"If the container stopped: `docker start unicorn-redis` (or unicorn-lago-redis)",
				"If it is out of memory: raise maxmemory or the container limit, or flush a runaway key space after checking with the owners",
				"If only the exporter is down: `docker restart redis-exporter` (or redis-exporter-lago)",
			},
			Escalation: "Page the on-call engineer if Redis does not answer PING within 5 minutes; for unicorn-lago-redis also tell the billing owner.",
		},
		Tests: []Test{
			firing("fires for the lago instance only when it is down", 2*time.Minute,
				one(fire(labels("job", "redis", "instance", lagoRedisExp, "redis", model.LocalLagoRedis), 0)),
				series("redis_up"+main, "1x40"), series("redis_up"+lago, "1 1 0x30"),
				series("up"+main, "1x40"), series("up"+lago, "1x40")),
			firing("fires for unicorn-redis when its exporter is down", 2*time.Minute,
				one(fire(labels("job", "redis", "instance", redisExporter, "redis", model.LocalRedis), 0)),
				series("up"+main, "1 1 0x30"), series("up"+lago, "1x40"), series("redis_up"+lago, "1x40")),
			firing("a missing instance does not hide the outage", 0,
				one(fire(labels("job", "redis", "redis", model.LocalLagoRedis), 1)),
				series("up"+main, "1x30"), series("redis_up"+main, "1x30")),
			silent("silent while both instances answer", 0,
				series("redis_up"+main, "1x30"), series("redis_up"+lago, "1x30"),
				series("up"+main, "1x30"), series("up"+lago, "1x30")),
		},
	}
}

func keycloakDown() Alert {
	probe := `probe_success{job="blackbox-http",instance="` + keycloakProbe + `",service="keycloak"}`
	probeUp := `up{job="blackbox-http",instance="` + keycloakProbe + `",service="keycloak"}`
	// Logins depend on /health/ready, not on the metrics port: only the probe pages.
	// A missing probe target (up of the probe job, present even while the exporter
	// is down) does not look healthy either.
	return Alert{
		Name:         "KeycloakDown",
		Expr:         `probe_success{job="blackbox-http",service="keycloak"} == 0 or absent(up{job="blackbox-http",service="keycloak"})`,
		For:          2 * time.Minute,
		Severity:     SeverityCritical,
		Service:      model.ServiceKeycloak,
		Summary:      "Keycloak SSO is not ready",
		Description:  `Keycloak's readiness probe{{ with $labels.instance }} ({{ . }}){{ end }} fails or is not configured: nobody can log in.`,
		DashboardUID: DashKeycloak,
		Jobs:         []string{model.JobKeycloak, model.JobBlackboxHTTP},
		Runbook: Runbook{
			Description: "The blackbox probe of Keycloak's /health/ready (container uchub-keycloak) has failed for 2 minutes, or the probe is not configured. A failing metrics scrape alone is TargetDownKeycloak (high): logins may still work.",
			Impact: []string{
				"Nobody can log in to Ops-Center or other SSO-protected services",
				"Existing sessions continue until their tokens expire, then users are logged out",
			},
			Diagnosis: []string{
				dockerPS("uchub-keycloak"),
				dockerLogs("uchub-keycloak"),
				"Check readiness: `docker exec blackbox-exporter wget -qO- http://uchub-keycloak:9000/health/ready`",
				promQuery(`probe_success{service="keycloak"}`),
				"Keycloak needs its database: check DatabaseDown and `docker exec unicorn-postgresql pg_isready -U postgres`",
			},
			Resolution: []string{
				"If the container stopped or is unhealthy: `docker restart uchub-keycloak` and watch `docker logs -f uchub-keycloak` until it logs that it started",
				"If it fails on its database: restore PostgreSQL first, then restart Keycloak",
				"If it runs out of heap (OutOfMemoryError in the logs): raise the container's memory limit",
			},
			Escalation: "Page the on-call engineer if logins do not work again within 5 minutes; escalate to the identity owner after 15 minutes.",
		},
		Tests: []Test{
			firing("fires when the readiness probe fails", 2*time.Minute,
				one(fire(labels("job", "blackbox-http", "instance", keycloakProbe, "service", "keycloak"), 0)),
				series(probeUp, "1x40"), series(probe, "1 1 0x30")),
			silent("silent when only the metrics scrape fails: logins still work", 2*time.Minute,
				series(`up{job="keycloak",instance="`+keycloakTarget+`"}`, "1 1 0x30"), series(probeUp, "1x40"), series(probe, "1x40")),
			silent("silent while the blackbox exporter is down (TargetDownBlackboxHttp says so)", 2*time.Minute,
				series(probeUp, "1 1 0x30")),
			firing("a missing probe target does not hide the outage", 0,
				one(fire(labels("job", "blackbox-http", "service", "keycloak"), 1)),
				series(`up{job="blackbox-http",instance="http://ops-center-direct:8084/health",service="ops-center"}`, "1x30")),
			silent("silent while Keycloak is ready", 0, series(probeUp, "1x30"), series(probe, "1x30")),
		},
	}
}
