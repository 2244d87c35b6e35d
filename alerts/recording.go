package alerts

import (
	"fmt"
	"time"
)

// Recording rule names, exported for dashboards: level:metric:operations.
const (
	RecAPIRequestsRatePrefix = "job:ops_center_api_requests:rate"
	RecAPIRequestsRate5m     = RecAPIRequestsRatePrefix + "5m"
	RecAPITimedRatePrefix    = "job:ops_center_api_request_duration_seconds_count:rate"
	RecAPIErrorRatioPrefix   = "job:ops_center_api_request_errors:ratio_rate"
	RecAPIErrorRatio5m       = RecAPIErrorRatioPrefix + "5m"
	RecAPISlowRatioPrefix    = "job:ops_center_api_request_slow:ratio_rate"
	RecAPILatencyP95         = "job:ops_center_api_request_duration_seconds:p95_rate5m"
	RecAuthFailuresPerMinute = "job:ops_center_keycloak_login_failures:per_minute_rate5m"
	RecSlowQueriesPerMinute  = "job:ops_center_db_slow_queries:per_minute_rate5m"
	RecFilesystemUsedRatio   = "instance_mountpoint:node_filesystem_used:ratio"
	RecMemoryUsedRatio       = "instance:node_memory_used:ratio"
	RecCPUUtilisation        = "instance:node_cpu_utilisation:rate5m"
	RecRedisMissRatio        = "job_redis:redis_keyspace_misses:ratio_rate5m"
	RecServiceAvailability   = "service:up:avg"
	errorStatus              = `status_code=~"5.."`
	realFilesystems          = `fstype!~"tmpfs|overlay|squashfs|nsfs|ramfs|autofs",mountpoint!~"/run.*|/var/lib/docker/.+"`
)

// SLOWindows are the rate windows of the error-ratio recording rules the burn-rate
// alerts combine (a long window for significance, a short one to resolve quickly).
var SLOWindows = []string{"5m", "30m", "1h", "6h"}

// RecordingRules are the expressions alerts and dashboards share.
func RecordingRules() []Recording {
	rules := []Recording{
		{Record: RecAPILatencyP95, Why: "HighAPILatency; API Performance dashboard",
			Expr: `histogram_quantile(0.95, sum by (job, le) (rate(ops_center_api_request_duration_seconds_bucket{job="ops-center"}[5m])))`},
		{Record: RecAuthFailuresPerMinute, Why: "HighAuthFailureRate; Keycloak and Security dashboards",
			Expr: `sum by (job) (rate(ops_center_keycloak_logins_total{job="ops-center",result="failure"}[5m])) * 60`},
		// Slow means over one second: every query minus those in the le="1" bucket
		// (prometheus_client writes le="1.0"; Prometheus 3 normalises it to "1").
		{Record: RecSlowQueriesPerMinute, Why: "SlowDatabaseQueries; Database dashboard",
			Expr: `(sum by (job) (rate(ops_center_db_query_duration_seconds_count{job="ops-center"}[5m])) - sum by (job) (rate(ops_center_db_query_duration_seconds_bucket{job="ops-center",le=~"1|1.0"}[5m]))) * 60`},
		{Record: RecFilesystemUsedRatio, Why: "disk tiers; System Health dashboard",
			Expr: `1 - node_filesystem_avail_bytes{job="node",` + realFilesystems + `} / node_filesystem_size_bytes{job="node",` + realFilesystems + `}`},
		{Record: RecMemoryUsedRatio, Why: "memory tiers; System Health dashboard",
			Expr: `1 - node_memory_MemAvailable_bytes{job="node"} / node_memory_MemTotal_bytes{job="node"}`},
		{Record: RecCPUUtilisation, Why: "CPUOver80Percent; System Health dashboard",
			Expr: `1 - avg by (job, host, instance) (rate(node_cpu_seconds_total{job="node",mode="idle"}[5m]))`},
		{Record: RecRedisMissRatio, Why: "HighCacheMissRate; Redis dashboard",
			Expr: `sum by (job, redis) (rate(redis_keyspace_misses_total{job="redis"}[5m])) / (sum by (job, redis) (rate(redis_keyspace_hits_total{job="redis"}[5m])) + sum by (job, redis) (rate(redis_keyspace_misses_total{job="redis"}[5m])))`},
		{Record: RecServiceAvailability, Why: "SLA dashboard: share of each job's targets that are up",
			Expr: `avg by (job) (up)`},
	}
	for _, w := range SLOWindows {
		rules = append(rules,
			Recording{Record: RecAPIRequestsRatePrefix + w, Why: "the minimum-traffic guard of HighErrorRate and the availability burn-rate alerts; API Performance dashboard (5m)",
				Expr: fmt.Sprintf(`sum by (job) (rate(ops_center_api_requests_total{job="ops-center"}[%s]))`, w)},
			Recording{Record: RecAPITimedRatePrefix + w, Why: "the minimum-traffic guard of HighAPILatency and the latency burn-rate alerts",
				Expr: fmt.Sprintf(`sum by (job) (rate(ops_center_api_request_duration_seconds_count{job="ops-center"}[%s]))`, w)})
		// Slow means over 1s: every request minus those in the le="1" bucket.
		rules = append(rules, Recording{
			Record: RecAPISlowRatioPrefix + w,
			Why:    "the latency SLO burn-rate alerts",
			Expr: fmt.Sprintf(`1 - sum by (job) (rate(ops_center_api_request_duration_seconds_bucket{job="ops-center",le=~"1|1.0"}[%s])) / sum by (job) (rate(ops_center_api_request_duration_seconds_count{job="ops-center"}[%s]))`,
				w, w),
		})
		rules = append(rules, Recording{
			Record: RecAPIErrorRatioPrefix + w,
			Why:    "HighErrorRate and the SLO burn-rate alerts; Errors and SLA dashboards",
			Expr: fmt.Sprintf(`sum by (job) (rate(ops_center_api_requests_total{job="ops-center",%s}[%s])) / sum by (job) (rate(ops_center_api_requests_total{job="ops-center"}[%s]))`,
				errorStatus, w, w),
		})
	}
	return rules
}

// MinRequests is the traffic a ratio alert needs in its window before it may fire.
// Below it one or two failed requests are a large share: 2 errors in 20 requests
// would be 10%. 100 requests make 5% mean five failures, and are 20 a minute over
// a 5-minute window, a fraction of what the backend serves while people use it
// (the demo's 5 requests a second is 1,500): a quiet night does not page, an outage
// under any real use still does.
const MinRequests = 100

// enoughTraffic is the guard a ratio alert ends with: its window (of ratePrefix, a
// per-window request-rate recording rule) saw at least MinRequests requests.
func enoughTraffic(ratePrefix, window string) string {
	d, err := time.ParseDuration(window)
	if err != nil {
		panic("enoughTraffic: window " + window + " is not a duration") // a catalog bug, caught by its tests
	}
	return fmt.Sprintf(" and on(job) %s%s * %d >= %d", ratePrefix, window, int(d.Seconds()), MinRequests)
}
