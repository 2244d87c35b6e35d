package dashboards

// Recording rules of the alert catalog that panels show, so a panel draws exactly
// what an alert evaluates. Kept as names rather than an import so dashboards build
// while the catalog changes; lint checks each one against alerts.RecordingRules().
const (
	recAPIErrorRatio5m     = "job:ops_center_api_request_errors:ratio_rate5m"
	recAPIErrorRatio1h     = "job:ops_center_api_request_errors:ratio_rate1h"
	recAPILatencyP95       = "job:ops_center_api_request_duration_seconds:p95_rate5m"
	recAuthFailuresPerMin  = "job:ops_center_keycloak_login_failures:per_minute_rate5m"
	recSlowQueriesPerMin   = "job:ops_center_db_slow_queries:per_minute_rate5m"
	recCPUUtilisation      = "instance:node_cpu_utilisation:rate5m"
	recRedisMissRatio      = "job_redis:redis_keyspace_misses:ratio_rate5m"
	recServiceAvailability = "service:up:avg"
)
