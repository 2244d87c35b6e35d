package model

import "strings"

// BackendCall is a call the Ops-Center backend makes into the ops_center_metrics
// package (integrations/fastapi); the metric families it feeds exist only once the
// backend makes it. Alerts and panels over those families stay silent or empty
// until then: docs/BACKEND_CALL_SITES.md, rendered from this list, shows where.
type BackendCall struct {
	Call  string // as the backend writes it
	Where string // where in the backend it belongs
	// Baseline is the one-line setup every deployment has; the others are the calls
	// a backend must add by hand.
	Baseline bool
	Families []string // metric families, as integrations/fastapi/metrics_inventory.txt names them
}

// BackendCalls are every call that feeds a metric family, in the order a backend
// would wire them.
func BackendCalls() []BackendCall {
	return []BackendCall{
		{Call: "instrument(app, resource_monitor=monitor)", Baseline: true,
			Where:    "once, where the FastAPI app is created (main.py), after the routers are included",
			Families: fam("api_requests_total", "api_request_duration_seconds", "api_errors_total", "resource_cpu_percent", "resource_memory_percent", "resource_disk_percent", "resource_monitor_failures_total")},
		{Call: "instrument(app, resource_monitor=monitor, in_progress=True, sizes=True)",
			Where:    "the same call, when the team wants what prometheus-fastapi-instrumentator shows: requests in progress, body sizes (no dashboard or alert reads them)",
			Families: fam("api_requests_in_progress", "api_request_size_bytes", "api_response_size_bytes")},
		{Call: "instrument_sqlalchemy(engine)",
			Where:    "where the SQLAlchemy engine is created (for an AsyncEngine: engine.sync_engine); raw asyncpg: TrackedAsyncpg, anything else: with track_query(...)",
			Families: fam("db_queries_total", "db_query_duration_seconds")},
		{Call: `httpx.AsyncClient(event_hooks=cloudflare_hooks()) (or namecheap_hooks()); with track_external_call("lago", op):`,
			Where:    "on the httpx clients of the Cloudflare and NameCheap integrations; the context manager around Lago and Keycloak calls, whose clients have no hooks",
			Families: fam("cloudflare_api_calls_total", "namecheap_api_calls_total", "external_api_duration_seconds")},
		{Call: "metrics.record_login(success, reason, user)",
			Where:    "in the Keycloak login callback, after the code exchange: once per success and per failure with its reason",
			Families: fam("keycloak_logins_total", "user_logins_total")},
		{Call: "metrics.set_active_sessions(n); metrics.record_session_ended(seconds)",
			Where:    "in the session store: the count on a timer or on change, the duration at logout or expiry",
			Families: fam("keycloak_active_sessions", "keycloak_session_duration_seconds")},
		{Call: "metrics.set_active_users(by_tier); metrics.set_registered_users(by_tier)",
			Where:    "in a periodic task (every minute), from the users table",
			Families: fam("active_users", "users_total")},
		{Call: "metrics.record_user_api_request(user); metrics.record_api_key_request(key_id)",
			Where:    "in the auth dependency that resolves the caller of each API request",
			Families: fam("user_api_requests_total", "api_key_requests_total")},
		{Call: "metrics.record_rate_limit_hit(scope, client_ip)",
			Where:    "where the rate limiter refuses a request (the httpx hooks record upstream 429s themselves)",
			Families: fam("rate_limit_hits_total")},
		{Call: "metrics.record_firewall_trigger(rule); metrics.record_suspicious_activity(kind)",
			Where:    "in the firewall and abuse-detection code paths, when a rule blocks or a pattern is detected",
			Families: fam("firewall_rule_triggers_total", "suspicious_activity_total")},
		{Call: "metrics.record_invoice(status, amount_cents, currency); metrics.record_payment(status); with metrics.track_webhook(type):",
			Where:    "in the Lago webhook handler, per invoice and payment event, around the handling of each webhook",
			Families: fam("lago_invoices_total", "lago_revenue_cents_total", "lago_payments_total", "lago_webhook_duration_seconds")},
		{Call: "metrics.set_subscriptions(by_tier)",
			Where:    "in a periodic task (every few minutes), from Lago's subscriptions",
			Families: fam("lago_subscriptions")},
		{Call: "metrics.migration_started(); metrics.migration_finished(success, seconds, reason); metrics.set_migration_queue_depth(n); metrics.set_domain_transfers(by_status)",
			Where:    "in the migration worker: at the start and end of each job, the queue depth and transfer states on change",
			Families: fam("migration_jobs_active", "migration_jobs_total", "migration_duration_seconds", "migration_failures_total", "migration_queue_depth", "domain_transfers")},
		{Call: "metrics.record_dns_operation(provider, operation, success, seconds); metrics.record_dns_propagation(provider, seconds); metrics.set_zone_health(zone, healthy)",
			Where:    "in the DNS service after each provider call, when propagation is confirmed, and in the zone health check",
			Families: fam("dns_operations_total", "dns_operation_duration_seconds", "dns_propagation_seconds", "dns_zone_healthy")},
	}
}

// BackendMetricPrefix starts every family the FastAPI exporter defines.
const BackendMetricPrefix = "ops_center_"

func fam(names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = BackendMetricPrefix + n
	}
	return out
}

// FamilyOf maps a series name to its family: a histogram's _bucket, _sum and _count
// series belong to the histogram.
func FamilyOf(series string) string {
	for _, s := range []string{"_bucket", "_sum", "_count"} {
		if f, ok := strings.CutSuffix(series, s); ok {
			return f
		}
	}
	return series
}

// CallFeeding is the backend call that feeds a metric family, if any.
func CallFeeding(family string) (BackendCall, bool) {
	for _, c := range BackendCalls() {
		for _, f := range c.Families {
			if f == family {
				return c, true
			}
		}
	}
	return BackendCall{}, false
}
