package alerts

import "fmt"

// Recording rule names, exported for dashboards: level:metric:operations.
const (
	RecAPIRequestsRate5m     = "job:ops_center_api_requests:rate5m"
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
		{Record: RecAPIRequestsRate5m, Why: "API Performance dashboard; denominator of the error ratio",
			Expr: `sum by (job) (rate(ops_center_api_requests_total{job="ops-center"}[5m]))`},
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
