package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

func redis() spec {
	return spec{
		file: "redis-performance", uid: UIDRedis, title: titles[UIDRedis],
		category: "cache", folder: FolderServices, critical: true, anchor: "redis_up",
		purpose: "Are the Redis instances (unicorn-redis, unicorn-lago-redis) serving the cache well? Hit rate, " +
			"memory, clients, command throughput and keyspace, from redis_exporter.",
		related: []string{UIDDatabase, UIDAPI, UIDSystemHealth},
		rows: []row{
			{"Health", []item{
				{upStat("Redis up", "Whether redis_exporter can reach each Redis instance.",
					sel("redis_up", vars, ""), "{{redis}}"),
					"DOWN pages as RedisDown; sessions and cached pages are lost while it is down."},
				{gaugePanel("Memory usage", "Used memory as a share of maxmemory (instances without a limit show no value).",
					query(`100 * `+sel("redis_memory_used_bytes", vars, "")+` / (`+sel("redis_memory_max_bytes", vars, "")+` > 0)`, "{{redis}}")),
					"Above 90% Redis starts evicting keys (allkeys-lru), which lowers the hit rate."},
				{statPanel("Cache hit rate", "Share of key lookups that found the key.", units.PercentUnit,
					query(`1 - `+sel(recRedisMissRatio, `job=~"$job"`, ""), "{{redis}}")).
					Thresholds(floorThresholds(hitRateRed, hitRateYellow)),
					"Red below 50% (HighCacheMissRate fires there for caches), yellow below 80%. unicorn-lago-redis is a Sidekiq queue: its low hit rate is normal. After a restart the hit rate climbs back as the cache warms."},
				{statPanel("Connected clients", "Client connections per instance.", units.Short,
					query(sumBy(sel("redis_connected_clients", vars, ""), "redis"), "{{redis}}")),
					"Steady for a pooled backend; a climb toward maxclients means leaked connections."},
			}},
			{"Throughput", []item{
				{timeseriesPanel("Cache hit rate over time", "Hits as a share of lookups, per instance.", units.PercentUnit,
					query(sumRate("redis_keyspace_hits_total", vars, "", "redis")+` / (`+sumRate("redis_keyspace_hits_total", vars, "", "redis")+` + `+sumRate("redis_keyspace_misses_total", vars, "", "redis")+`)`, "{{redis}}")),
					"Dips line up with deploys and flushes; a slow decline suggests keys expiring before they are reused."},
				{timeseriesPanel("Commands/second", "Commands processed per second, per instance.", units.OpsPerSecond,
					query(sumRate("redis_commands_processed_total", vars, "", "redis"), "{{redis}}")),
					"Tracks API traffic; a rise without more API requests means a chattier code path."},
				{timeseriesPanel("Memory usage over time", "Used memory per instance, with the limit.", units.BytesIEC,
					query(sumBy(sel("redis_memory_used_bytes", vars, ""), "redis"), "used {{redis}}"),
					query(sumBy(sel("redis_memory_max_bytes", vars, ""), "redis"), "max {{redis}}")),
					"Used memory meeting the max line is where evictions begin."},
				{timeseriesPanel("Evictions and expirations", "Keys evicted for memory and keys expired, per second.", units.OpsPerSecond,
					query(sumRate("redis_evicted_keys_total", vars, "", "redis"), "evicted {{redis}}"),
					query(sumRate("redis_expired_keys_total", vars, "", "redis"), "expired {{redis}}")),
					"Expirations are normal; evictions mean the cache is too small for its working set."},
			}},
			{"Keyspace", []item{
				{tablePanel("Keyspace statistics", "Keys and keys with a TTL, per instance and database.", units.Short,
					tableQuery(sumBy(sel("redis_db_keys", vars, ""), "redis", "db")),
					tableQuery(sumBy(sel("redis_db_keys_expiring", vars, ""), "redis", "db"))).Span(fullWidth),
					"Keys without a TTL (total minus expiring) are never cleaned up by Redis; they should be few."},
			}},
		},
	}
}
