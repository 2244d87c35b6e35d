"""Recorders for migrations and DNS operations (mixed into OpsCenterMetrics)."""
from typing import Mapping

from .bounded import choice

DNS_OPERATIONS = {"zone_create", "record_create", "record_update", "record_delete",
                  "dnssec_enable", "dnssec_disable"}
DNS_PROVIDERS = {"cloudflare", "namecheap"}
OUTCOMES = {"success", "error"}


class OpsRecorders:
    def migration_started(self):
        self.migration_active.inc()

    def migration_finished(self, success: bool, duration_seconds: float, reason: str = "other"):
        """Pairs with migration_started(); a failure also counts its reason."""
        self.migration_active.dec()
        self.migration_jobs.labels("success" if success else "failure").inc()
        self.migration_duration.observe(duration_seconds)
        if not success:
            self.migration_failures.labels(self.bound_provider_op(reason)).inc()

    def set_migration_queue_depth(self, depth: int):
        self.migration_queue.set(depth)

    def set_domain_transfers(self, by_status: Mapping[str, int]):
        for status, n in by_status.items():
            self.domain_transfers.labels(str(status)).set(n)

    def record_dns_operation(self, provider: str, operation: str, success: bool, duration_seconds: float):
        p = choice(provider, DNS_PROVIDERS)
        op = choice(operation, DNS_OPERATIONS)
        self.dns_operations.labels(p, op, "success" if success else "error").inc()
        self.dns_duration.labels(p, op).observe(duration_seconds)

    def record_dns_propagation(self, provider: str, seconds: float):
        self.dns_propagation.labels(choice(provider, DNS_PROVIDERS)).observe(seconds)

    def set_zone_health(self, zone: str, healthy: bool):
        self.dns_zone_healthy.labels(self.bound_zone(zone)).set(1 if healthy else 0)
