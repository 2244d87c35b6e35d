"""Recorders for SSO logins, users and security events (mixed into OpsCenterMetrics)."""
from typing import Mapping

from .bounded import choice

LOGIN_RESULTS = {"success", "failure"}
LOGIN_REASONS = {"invalid_credentials", "expired_token", "account_locked", "account_disabled",
                 "invalid_token", "mfa_failed", "other"}
RATE_LIMIT_SCOPES = {"inbound", "cloudflare", "namecheap"}


class AuthRecorders:
    def record_login(self, success: bool, reason: str = "other", user=None):
        """One SSO login attempt. `reason` is only used for failures (else "none")."""
        if success:
            self.keycloak_logins.labels("success", "none").inc()
            if user is not None:
                self.user_logins.labels(self.bound_user(user)).inc()
        else:
            self.keycloak_logins.labels("failure", choice(reason, LOGIN_REASONS)).inc()

    def set_active_sessions(self, count: int):
        self.keycloak_sessions.set(count)

    def record_session_ended(self, duration_seconds: float):
        self.keycloak_session_duration.observe(duration_seconds)

    def set_active_users(self, by_tier: Mapping[str, int]):
        for tier, n in by_tier.items():
            self.active_users.labels(str(tier)).set(n)

    def set_registered_users(self, by_tier: Mapping[str, int]):
        for tier, n in by_tier.items():
            self.users_total.labels(str(tier)).set(n)

    def record_user_api_request(self, user):
        self.user_api_requests.labels(self.bound_user(user)).inc()

    def record_api_key_request(self, key_id):
        self.api_key_requests.labels(self.bound_key(key_id)).inc()

    def record_rate_limit_hit(self, scope: str, client_ip="none"):
        self.rate_limit_hits.labels(choice(scope, RATE_LIMIT_SCOPES, "inbound"), self.bound_ip(client_ip)).inc()

    def record_firewall_trigger(self, rule: str):
        self.firewall_triggers.labels(self.bound_provider_op(rule)).inc()

    def record_suspicious_activity(self, kind: str):
        self.suspicious_activity.labels(self.bound_provider_op(kind)).inc()
