"""Drop-in Prometheus metrics for the Ops-Center FastAPI backend.

    from ops_center_metrics import instrument
    instrument(app, resource_monitor=resource_monitor)

instrument() adds the request middleware, which also answers /metrics; the returned
OpsCenterMetrics has the recorders (record_login, record_invoice, set_active_users, ...). The
helpers for DB and outbound calls are re-exported here so the backend imports from one module.
"""
from typing import Any, Iterable, Optional, Sequence

from .db import TrackedAsyncpg, instrument_sqlalchemy, track_query
from .families import FINE_LATENCY, LATENCY
from .metrics import OpsCenterMetrics, default_metrics
from .middleware import LAST_BYTE, UNMATCHED, WITH_BACKGROUND, MetricsMiddleware, check_latency
from .resources import DEFAULT_TIMEOUT
from .outbound import cloudflare_hooks, namecheap_hooks, track_external_call
from .router import MetricsEndpoint, metrics_router, render

__all__ = [
    "instrument", "OpsCenterMetrics", "default_metrics", "MetricsMiddleware", "metrics_router", "render",
    "track_query", "instrument_sqlalchemy", "TrackedAsyncpg", "cloudflare_hooks", "namecheap_hooks",
    "track_external_call", "UNMATCHED", "LAST_BYTE", "WITH_BACKGROUND", "LATENCY", "FINE_LATENCY",
]


def instrument(app, resource_monitor: Any = None, metrics: Optional[OpsCenterMetrics] = None,
               path: str = "/metrics", buckets: Optional[Sequence[float]] = None,
               exclude: Iterable[str] = (), latency: str = LAST_BYTE,
               resource_timeout: float = DEFAULT_TIMEOUT, in_progress: bool = False,
               sizes: bool = False) -> OpsCenterMetrics:
    """Wraps `app` in MetricsMiddleware, outermost; it records every request and answers GET
    `path` itself, so no route or mount can shadow it. Returns the metrics object.

    buckets: ops_center_api_request_duration_seconds buckets (default: the spec's LATENCY;
             FINE_LATENCY adds bounds down to 5 ms and keeps every one of the spec's).
    exclude: route templates not to record (e.g. "/health"); `path` is never recorded.
    latency: LAST_BYTE (default) stops the clock when the response's last byte is sent;
             WITH_BACKGROUND also counts background tasks run after it.
    resource_timeout: seconds a resource_monitor read may take (in a thread) before the scrape
             goes on without it.
    in_progress: also ops_center_api_requests_in_progress{method} (off: no dashboard reads it).
    sizes: also ops_center_api_{request,response}_size_bytes{endpoint,method} summaries (off:
             two more series sets per route).
    """
    check_latency(latency)
    if metrics is None:
        metrics = default_metrics(buckets)
    elif buckets is not None:
        raise ValueError("buckets: pass them to OpsCenterMetrics(registry, buckets=...) when giving metrics=")
    if getattr(app, "middleware_stack", None) is not None:
        raise RuntimeError("instrument(app) must be called before the app serves its first request")
    if in_progress:
        metrics.register_in_progress()
    if sizes:
        metrics.register_sizes()
    serve = MetricsEndpoint(metrics, resource_monitor, resource_timeout)
    build = app.build_middleware_stack

    def build_with_metrics():
        # Outside Starlette's own error middleware (which add_middleware cannot reach), so the
        # status recorded is the one the client got, also from an Exception handler.
        return MetricsMiddleware(build(), metrics=metrics, exclude=exclude, metrics_path=path,
                                 latency=latency, serve=serve, in_progress=in_progress, sizes=sizes)

    app.build_middleware_stack = build_with_metrics
    return metrics
