"""Recorder helpers: exact label values for logins, billing, migrations, DNS and security."""
from conftest import samples, value


def L(**kw):
    return frozenset(kw.items())


def test_logins(metrics):
    metrics.record_login(True, user="alice")
    metrics.record_login(True, user="alice")
    metrics.record_login(True, user="bob")
    metrics.record_login(False, "invalid_credentials", user="mallory")
    metrics.record_login(False, "expired_token")
    metrics.record_login(False, "bribed the guard")  # unknown reasons fold into "other"
    assert samples(metrics, "ops_center_keycloak_logins_total") == {
        L(result="success", reason="none"): 3.0,
        L(result="failure", reason="invalid_credentials"): 1.0,
        L(result="failure", reason="expired_token"): 1.0,
        L(result="failure", reason="other"): 1.0,
    }
    # Only successful logins count per user.
    assert samples(metrics, "ops_center_user_logins_total") == {L(user="alice"): 2.0, L(user="bob"): 1.0}


def test_sessions_and_users(metrics):
    metrics.set_active_sessions(12)
    metrics.record_session_ended(400)
    metrics.set_active_users({"free": 3, "pro": 2})
    metrics.set_registered_users({"free": 30, "pro": 5})
    metrics.set_active_users({"free": 4})
    assert value(metrics, "ops_center_keycloak_active_sessions") == 12
    assert value(metrics, "ops_center_keycloak_session_duration_seconds_bucket", le="300.0") == 0
    assert value(metrics, "ops_center_keycloak_session_duration_seconds_bucket", le="900.0") == 1
    assert samples(metrics, "ops_center_active_users") == {L(tier="free"): 4.0, L(tier="pro"): 2.0}
    assert samples(metrics, "ops_center_users_total") == {L(tier="free"): 30.0, L(tier="pro"): 5.0}


def test_billing(metrics):
    metrics.record_invoice("issued")
    metrics.record_invoice("paid", amount_cents=4900, currency="usd")
    metrics.record_invoice("paid", amount_cents=100, currency="EUR")
    metrics.record_invoice("exploded")
    metrics.record_payment("succeeded")
    metrics.record_payment("failed")
    metrics.set_subscriptions({"starter": 10, "professional": 4})
    with metrics.track_webhook("invoice.created"):
        pass
    assert samples(metrics, "ops_center_lago_invoices_total") == {
        L(status="issued"): 1.0, L(status="paid"): 2.0, L(status="other"): 1.0}
    assert samples(metrics, "ops_center_lago_revenue_cents_total") == {L(currency="USD"): 4900.0, L(currency="EUR"): 100.0}
    assert samples(metrics, "ops_center_lago_payments_total") == {L(status="succeeded"): 1.0, L(status="failed"): 1.0}
    assert value(metrics, "ops_center_lago_subscriptions", tier="professional") == 4
    assert value(metrics, "ops_center_lago_webhook_duration_seconds_count", webhook_type="invoice.created") == 1


def test_migrations_and_dns(metrics):
    metrics.migration_started()
    metrics.migration_started()
    metrics.migration_finished(True, 42)
    metrics.set_migration_queue_depth(7)
    metrics.set_domain_transfers({"pending": 2, "completed": 9})
    metrics.migration_started()
    metrics.migration_finished(False, 2000, reason="auth_code_invalid")
    assert value(metrics, "ops_center_migration_jobs_active") == 1
    assert value(metrics, "ops_center_migration_queue_depth") == 7
    assert samples(metrics, "ops_center_migration_jobs_total") == {L(status="success"): 1.0, L(status="failure"): 1.0}
    assert samples(metrics, "ops_center_migration_failures_total") == {L(reason="auth_code_invalid"): 1.0}
    assert value(metrics, "ops_center_migration_duration_seconds_bucket", le="60.0") == 1
    assert value(metrics, "ops_center_domain_transfers", status="completed") == 9

    metrics.record_dns_operation("cloudflare", "record_create", True, 0.3)
    metrics.record_dns_operation("cloudflare", "record_create", False, 0.3)
    metrics.record_dns_operation("namecheap", "dnssec_enable", True, 1.5)
    metrics.record_dns_propagation("cloudflare", 45)
    metrics.set_zone_health("a.example", True)
    metrics.set_zone_health("b.example", False)
    assert samples(metrics, "ops_center_dns_operations_total") == {
        L(provider="cloudflare", operation="record_create", status="success"): 1.0,
        L(provider="cloudflare", operation="record_create", status="error"): 1.0,
        L(provider="namecheap", operation="dnssec_enable", status="success"): 1.0,
    }
    assert value(metrics, "ops_center_dns_propagation_seconds_bucket", provider="cloudflare", le="30.0") == 0
    assert value(metrics, "ops_center_dns_propagation_seconds_bucket", provider="cloudflare", le="60.0") == 1
    assert samples(metrics, "ops_center_dns_zone_healthy") == {L(zone="a.example"): 1.0, L(zone="b.example"): 0.0}


def test_security(metrics):
    metrics.record_firewall_trigger("block_tor")
    metrics.record_firewall_trigger("block_tor")
    metrics.record_suspicious_activity("credential_stuffing")
    metrics.record_api_key_request("key_123")
    assert samples(metrics, "ops_center_firewall_rule_triggers_total") == {L(rule="block_tor"): 2.0}
    assert samples(metrics, "ops_center_suspicious_activity_total") == {L(kind="credential_stuffing"): 1.0}
    assert samples(metrics, "ops_center_api_key_requests_total") == {L(key_id="key_123"): 1.0}
