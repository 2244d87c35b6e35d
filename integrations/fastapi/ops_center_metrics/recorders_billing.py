"""Recorders for Lago billing events (mixed into OpsCenterMetrics)."""
import time
from contextlib import contextmanager
from typing import Mapping, Optional

from .bounded import choice

INVOICE_STATUSES = {"draft", "issued", "finalized", "paid", "failed", "voided", "pending"}
PAYMENT_STATUSES = {"succeeded", "failed", "pending", "refunded"}


class BillingRecorders:
    def record_invoice(self, status: str, amount_cents: Optional[int] = None, currency: str = "USD"):
        """An invoice changed status; a paid invoice with an amount adds to revenue."""
        s = choice(status, INVOICE_STATUSES)
        self.lago_invoices.labels(s).inc()
        if s == "paid" and amount_cents:
            self.lago_revenue.labels(str(currency).upper()[:8]).inc(amount_cents)

    def record_payment(self, status: str):
        self.lago_payments.labels(choice(status, PAYMENT_STATUSES)).inc()

    def set_subscriptions(self, by_tier: Mapping[str, int]):
        for tier, n in by_tier.items():
            self.lago_subscriptions.labels(str(tier)).set(n)

    @contextmanager
    def track_webhook(self, webhook_type: str):
        """Times one Lago webhook handler: `with metrics.track_webhook("invoice.created"): ...`"""
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.lago_webhook_duration.labels(self.bound_provider_op(webhook_type)).observe(time.perf_counter() - t0)
