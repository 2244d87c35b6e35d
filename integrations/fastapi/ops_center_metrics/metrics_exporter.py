"""Drop-in Prometheus metrics for the Ops-Center FastAPI backend.

    from ops_center_metrics.metrics_exporter import instrument
    metrics = instrument(app, resource_monitor=resource_monitor)

instrument() adds the request middleware and the /metrics router; the returned OpsCenterMetrics
has the recorders (record_login, record_invoice, set_active_users, ...). The helpers for DB and
outbound calls are re-exported here so the backend imports from one module.
"""
from typing import Any, Optional

import prometheus_client

from .db import TrackedAsyncpg, instrument_sqlalchemy, track_query
from .metrics import OpsCenterMetrics, default_metrics
from .middleware import UNMATCHED, MetricsMiddleware
from .outbound import cloudflare_hooks, namecheap_hooks, track_external_call
from .router import metrics_router, render

__all__ = [
    "instrument", "OpsCenterMetrics", "default_metrics", "MetricsMiddleware", "metrics_router", "render",
    "track_query", "instrument_sqlalchemy", "TrackedAsyncpg", "cloudflare_hooks", "namecheap_hooks",
    "track_external_call", "UNMATCHED",
]


def instrument(app, resource_monitor: Any = None, metrics: Optional[OpsCenterMetrics] = None,
               path: str = "/metrics", disable_created_series: bool = True) -> OpsCenterMetrics:
    """Adds MetricsMiddleware and the /metrics route to `app`; returns the metrics object."""
    if disable_created_series:
        # The *_created series double the series count and no dashboard reads them.
        prometheus_client.disable_created_metrics()
    m = metrics or default_metrics()
    app.add_middleware(MetricsMiddleware, metrics=m, exclude=(path,))
    app.include_router(metrics_router(m, resource_monitor=resource_monitor, path=path))
    return m
