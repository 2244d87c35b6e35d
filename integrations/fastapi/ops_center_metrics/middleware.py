"""Pure ASGI middleware recording every HTTP request.

Pure ASGI (not BaseHTTPMiddleware) because it costs one wrapped `send` per request instead of a
task and a memory stream. The route template is read after the app ran: FastAPI's router stores
the matched APIRoute in scope["route"], so no second route matching is needed here.
"""
import time
from typing import Iterable, Optional

from .metrics import OpsCenterMetrics, default_metrics

UNMATCHED = "<unmatched>"
METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


class MetricsMiddleware:
    """`app.add_middleware(MetricsMiddleware)`; optional `metrics=OpsCenterMetrics(registry)`."""

    def __init__(self, app, metrics: Optional[OpsCenterMetrics] = None, exclude: Iterable[str] = ("/metrics",)):
        self.app = app
        self._metrics = metrics
        self.exclude = frozenset(exclude)
        # Children by label tuple: skips prometheus_client's label validation and lock per request.
        self._children = {}

    @property
    def metrics(self) -> OpsCenterMetrics:
        if self._metrics is None:
            self._metrics = default_metrics()
        return self._metrics

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        root = scope.get("root_path", "")
        status = 500  # if the app never starts a response, the client saw a failure
        start = time.perf_counter()

        async def send_wrapper(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as exc:
            self._record(scope, root, 500, time.perf_counter() - start, type(exc).__name__)
            raise
        self._record(scope, root, status, time.perf_counter() - start, None)

    def _endpoint(self, scope, root: str) -> Optional[str]:
        route = scope.get("route")
        new_root = scope.get("root_path", "")
        prefix = new_root[len(root):] if new_root != root else ""
        if route is None:
            if not prefix:
                return UNMATCHED
            # A mounted non-FastAPI app (e.g. StaticFiles): one value per mount.
            return self.metrics.bound_endpoint(prefix + "/{path:path}")
        path = route.path_format
        if prefix:
            path = self.metrics.bound_endpoint(prefix + path)
        return None if path in self.exclude else path

    def _record(self, scope, root: str, status: int, elapsed: float, exc_name: Optional[str]):
        endpoint = self._endpoint(scope, root)
        if endpoint is None:
            return
        method = scope["method"]
        if method not in METHODS:
            method = "OTHER"
        key = (endpoint, method, status)
        children = self._children.get(key)
        if children is None:
            m = self.metrics
            children = (m.api_requests.labels(endpoint, method, str(status)), m.api_duration.labels(endpoint, method))
            self._children[key] = children
        children[0].inc()
        children[1].observe(elapsed)
        if exc_name is not None or status >= 400:
            m = self.metrics
            m.api_errors.labels(endpoint, method, str(status), exc_name or "http_%d" % status).inc()
            if status == 429:
                client = scope.get("client")
                m.record_rate_limit_hit("inbound", client[0] if client else "unknown")
