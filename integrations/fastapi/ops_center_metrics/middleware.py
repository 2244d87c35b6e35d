"""Pure ASGI middleware recording every HTTP request.

Pure ASGI (not BaseHTTPMiddleware) because it costs one wrapped `send` per request instead of a
task and a memory stream. The route template is read after the app ran: FastAPI's router stores
the matched APIRoute in scope["route"], so no second route matching is needed for routed
requests; routes.py matches the rest (docs, preflight, redirects, 404s).
"""
import logging
import time
from typing import Awaitable, Callable, Iterable, Optional

from .metrics import OpsCenterMetrics, default_metrics
from .routes import UNMATCHED, lookup, mounted_template, route_path, route_template

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
LAST_BYTE = "last_byte"
WITH_BACKGROUND = "with_background_tasks"
LATENCY_MODES = (LAST_BYTE, WITH_BACKGROUND)
MARK = "ops_center_metrics_endpoint"  # attribute on the /metrics endpoint function

log = logging.getLogger("ops_center_metrics")


def check_latency(latency: str) -> str:
    if latency not in LATENCY_MODES:
        raise ValueError(f"latency: must be {LAST_BYTE!r} (stop at the response's last byte) or "
                         f"{WITH_BACKGROUND!r} (include background tasks), got {latency!r}")
    return latency


class MetricsMiddleware:
    """`app.add_middleware(MetricsMiddleware)`; optional `metrics=OpsCenterMetrics(registry)`,
    `exclude=` route templates not to record, `latency=` LAST_BYTE (default) or WITH_BACKGROUND,
    `in_progress=True` and `sizes=True` for the optional families (families.py).
    With `serve=` (what instrument() passes) it answers GET `metrics_path` itself, before any
    route or mount of the app can."""

    def __init__(self, app, metrics: Optional[OpsCenterMetrics] = None, exclude: Iterable[str] = (),
                 metrics_path: str = "/metrics", latency: str = LAST_BYTE,
                 serve: Optional[Callable[..., Awaitable[None]]] = None,
                 in_progress: bool = False, sizes: bool = False):
        self.app = app
        self._metrics = metrics
        self.metrics_path = metrics_path
        self.exclude = frozenset(exclude) | {metrics_path}
        self.with_background = check_latency(latency) == WITH_BACKGROUND
        self.serve = serve
        self._shadow_warned = False
        self.in_progress = in_progress
        self.sizes = sizes
        self._registered = False
        # Children by label tuple: skips prometheus_client's label validation and lock per request.
        self._children = {}
        self._running = {}  # method -> in-progress gauge child
        self._size_children = {}

    @property
    def metrics(self) -> OpsCenterMetrics:
        if self._metrics is None:
            self._metrics = default_metrics()
            self._registered = False
        if not self._registered:  # once: the optional families this middleware records
            if self.in_progress:
                self._metrics.register_in_progress()
            if self.sizes:
                self._metrics.register_sizes()
            self._registered = True
        return self._metrics

    def _running_gauge(self, method: str):
        gauge = self._running.get(method)
        if gauge is None:
            gauge = self._running[method] = self.metrics.api_in_progress.labels(method)
        return gauge

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        # Under a root path (uvicorn --root-path /api) the server puts it in front of the path.
        if self.serve is not None and route_path(scope) == self.metrics_path and scope["method"] in ("GET", "HEAD"):
            await self.serve(scope, receive, send)
            return
        root = scope.get("root_path", "")
        outer = scope.get("app")  # a mounted app replaces it in the scope on the way in
        status = 500  # if the app never starts a response, the client saw a failure
        start = time.perf_counter()
        end = None
        sent = 0
        running = None
        if self.in_progress:
            method = scope["method"]
            running = self._running_gauge(method if method in METHODS else "OTHER")
            running.inc()

        async def send_wrapper(message):
            nonlocal status, end, sent
            kind = message["type"]
            if kind == "http.response.start":
                status = message["status"]
            elif kind == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)
            if kind == "http.response.body" and not message.get("more_body", False):
                end = time.perf_counter()

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as exc:
            stop = end if end is not None and not self.with_background else time.perf_counter()
            self._record(scope, outer, path, root, 500 if end is None else status, stop - start, type(exc).__name__,
                         sent)
            raise
        finally:
            if running is not None:
                running.dec()
        stop = end if end is not None and not self.with_background else time.perf_counter()
        self._record(scope, outer, path, root, status, stop - start, None, sent)

    def _endpoint(self, scope, outer, path: str, root: str, status: int) -> Optional[str]:
        new_root = scope.get("root_path", "")
        if new_root != root:
            # Through a mount: its template, not the raw prefix (which holds path parameter
            # values), and the same label whichever Starlette version records the inner route.
            template = mounted_template(outer, scope["method"], path, root)
            if template is None:
                template = self.metrics.bound_endpoint(new_root[len(root):] + "/{path:path}")
        else:
            template = route_template(scope) or lookup(outer, scope, path, root, status)
        if self.serve is None and scope["method"] == "GET" and \
                route_path({"path": path, "root_path": root}) == self.metrics_path:
            self._check_shadowed(scope, template, status)
        return None if template in self.exclude else template

    def _record_sizes(self, scope, endpoint: str, method: str, sent: int):
        sizes = self._size_children.get((endpoint, method))
        if sizes is None:
            m = self.metrics
            sizes = self._size_children[(endpoint, method)] = (
                m.api_request_size.labels(endpoint, method), m.api_response_size.labels(endpoint, method))
        received = 0
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                received = int(value) if value.isdigit() else 0
                break
        sizes[0].observe(received)
        sizes[1].observe(sent)

    def _check_shadowed(self, scope, template: str, status: int):
        if self._shadow_warned or getattr(scope.get("endpoint"), MARK, False):
            return
        self._shadow_warned = True
        log.warning("%s was answered by route %r with status %d, not by ops_center_metrics: a route or "
                    "mount added before metrics_router() shadows it. Include metrics_router() before "
                    "catch-all mounts, or use instrument(), whose middleware answers %s itself.",
                    self.metrics_path, template, status, self.metrics_path)

    def _record(self, scope, outer, path: str, root: str, status: int, elapsed: float, exc_name: Optional[str],
                sent: int):
        endpoint = self._endpoint(scope, outer, path, root, status)
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
        if self.sizes:
            self._record_sizes(scope, endpoint, method, sent)
        if exc_name is not None or status >= 400:
            m = self.metrics
            m.api_errors.labels(endpoint, method, str(status), exc_name or "http_%d" % status).inc()
            if status == 429:
                client = scope.get("client")
                m.record_rate_limit_hit("inbound", client[0] if client else "unknown")


__all__ = ["MetricsMiddleware", "UNMATCHED", "LAST_BYTE", "WITH_BACKGROUND"]
