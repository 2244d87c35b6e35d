"""The ops_center_* metric families: one table, so names and labels are declared exactly once.

Names and labels are a contract with the dashboards and alert rules; metrics_inventory.txt lists
them and a test checks that list against what a registry built from this table exposes.
"""
from typing import NamedTuple, Optional, Sequence, Tuple

LATENCY = (0.1, 0.5, 1, 2, 5, 10)  # the spec's; the SLO rules read le="1"
# For an API whose median is ~10 ms: every bound of LATENCY kept (the rules and dashboards work
# unchanged), five more below and between them. instrument(app, buckets=FINE_LATENCY).
FINE_LATENCY = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10)
DB_LATENCY = (0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10)
SESSION = (60, 300, 900, 1800, 3600, 14400, 28800, 86400)
MIGRATION = (1, 5, 30, 60, 300, 900, 1800, 3600)
PROPAGATION = (5, 15, 30, 60, 120, 300, 600, 1800)

# Gauges set from an authoritative source (a count, a reading) show the newest value across
# worker processes; gauges moved with inc/dec by each worker are summed over live workers.
SET = "mostrecent"
SUM = "livesum"


class Family(NamedTuple):
    attr: str  # attribute name on OpsCenterMetrics
    kind: str  # counter | gauge | histogram
    name: str
    help: str
    labels: Tuple[str, ...] = ()
    buckets: Optional[Sequence[float]] = None
    mode: str = SET  # gauge multiprocess mode


def C(attr, name, help, *labels):
    return Family(attr, "counter", name, help, labels)


def G(attr, name, help, *labels, mode=SET):
    return Family(attr, "gauge", name, help, labels, mode=mode)


def H(attr, name, help, buckets, *labels):
    return Family(attr, "histogram", name, help, labels, buckets)


def S(attr, name, help, *labels):
    return Family(attr, "summary", name, help, labels)


FAMILIES = (
    # API (recorded by the middleware)
    C("api_requests", "ops_center_api_requests_total", "API requests by route template, method and status.",
      "endpoint", "method", "status_code"),
    H("api_duration", "ops_center_api_request_duration_seconds", "API request latency.", LATENCY,
      "endpoint", "method"),
    C("api_errors", "ops_center_api_errors_total", "API error responses (4xx/5xx) and escaped exceptions by type.",
      "endpoint", "method", "status_code", "error_type"),
    C("rate_limit_hits", "ops_center_rate_limit_hits_total", "Rate-limit hits: inbound 429s and provider throttling.",
      "scope", "client_ip"),
    C("user_api_requests", "ops_center_user_api_requests_total", "API requests per user (bounded).", "user"),
    C("api_key_requests", "ops_center_api_key_requests_total", "API requests per API key id (bounded).", "key_id"),
    # Database
    C("db_queries", "ops_center_db_queries_total", "Database queries by operation and outcome.", "operation", "status"),
    H("db_duration", "ops_center_db_query_duration_seconds", "Database query latency.", DB_LATENCY, "operation"),
    # Outbound providers
    C("cloudflare_calls", "ops_center_cloudflare_api_calls_total", "Cloudflare API calls.", "operation", "status"),
    C("namecheap_calls", "ops_center_namecheap_api_calls_total", "NameCheap API calls.", "command", "status"),
    H("external_duration", "ops_center_external_api_duration_seconds", "Outbound API call latency.", LATENCY,
      "provider", "operation"),
    # Keycloak SSO and users
    C("keycloak_logins", "ops_center_keycloak_logins_total", "SSO logins by result and failure reason.", "result", "reason"),
    G("keycloak_sessions", "ops_center_keycloak_active_sessions", "Active Keycloak sessions."),
    H("keycloak_session_duration", "ops_center_keycloak_session_duration_seconds", "Length of ended SSO sessions.",
      SESSION),
    C("user_logins", "ops_center_user_logins_total", "Successful logins per user (bounded).", "user"),
    G("active_users", "ops_center_active_users", "Currently active users by subscription tier.", "tier"),
    G("users_total", "ops_center_users_total", "Registered users by subscription tier.", "tier"),
    # Lago billing
    C("lago_invoices", "ops_center_lago_invoices_total", "Lago invoices by status.", "status"),
    C("lago_payments", "ops_center_lago_payments_total", "Lago payments by status.", "status"),
    G("lago_subscriptions", "ops_center_lago_subscriptions", "Active Lago subscriptions by tier.", "tier"),
    H("lago_webhook_duration", "ops_center_lago_webhook_duration_seconds", "Lago webhook processing time.", LATENCY,
      "webhook_type"),
    C("lago_revenue", "ops_center_lago_revenue_cents_total", "Revenue from paid invoices, in cents.", "currency"),
    # NameCheap -> Cloudflare migrations
    G("migration_active", "ops_center_migration_jobs_active", "Migration jobs running now.", mode=SUM),
    G("migration_queue", "ops_center_migration_queue_depth", "Migration jobs waiting in the queue."),
    C("migration_jobs", "ops_center_migration_jobs_total", "Finished migration jobs by outcome.", "status"),
    H("migration_duration", "ops_center_migration_duration_seconds", "Migration job duration.", MIGRATION),
    C("migration_failures", "ops_center_migration_failures_total", "Failed migration jobs by reason.", "reason"),
    G("domain_transfers", "ops_center_domain_transfers", "Domain transfers by status.", "status"),
    # DNS
    C("dns_operations", "ops_center_dns_operations_total", "DNS operations by provider, operation and outcome.",
      "provider", "operation", "status"),
    H("dns_duration", "ops_center_dns_operation_duration_seconds", "DNS operation latency.", LATENCY,
      "provider", "operation"),
    H("dns_propagation", "ops_center_dns_propagation_seconds", "Time until a DNS change was seen propagated.",
      PROPAGATION, "provider"),
    G("dns_zone_healthy", "ops_center_dns_zone_healthy", "1 when the zone's last health check passed, else 0.", "zone"),
    # Security
    C("firewall_triggers", "ops_center_firewall_rule_triggers_total", "Firewall rule triggers.", "rule"),
    C("suspicious_activity", "ops_center_suspicious_activity_total", "Suspicious activity events by kind.", "kind"),
)

# Published only when asked for: instrument(app, in_progress=True) and sizes=True. What
# prometheus-fastapi-instrumentator users know; no dashboard or alert reads them.
IN_PROGRESS_FAMILIES = (
    G("api_in_progress", "ops_center_api_requests_in_progress", "API requests being handled now, by method.",
      "method", mode=SUM),
)
SIZE_FAMILIES = (
    S("api_request_size", "ops_center_api_request_size_bytes", "API request body sizes (Content-Length).",
      "endpoint", "method"),
    S("api_response_size", "ops_center_api_response_size_bytes", "API response body sizes, as sent.",
      "endpoint", "method"),
)

# Published only when a resource_monitor object is given (see resources.py).
RESOURCE_FAMILIES = (
    G("resource_cpu", "ops_center_resource_cpu_percent", "CPU use in percent, from resource_monitor."),
    G("resource_memory", "ops_center_resource_memory_percent", "Memory use in percent, from resource_monitor."),
    G("resource_disk", "ops_center_resource_disk_percent", "Disk use in percent, from resource_monitor."),
    C("resource_monitor_failures", "ops_center_resource_monitor_failures_total",
      "resource_monitor reads that raised (error) or outlasted resource_timeout (timeout).", "reason"),
)
