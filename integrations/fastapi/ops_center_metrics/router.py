"""The /metrics route, as an APIRouter like the backend's other *_api.py routers, and the same
response as a plain ASGI callable for the middleware to answer /metrics itself."""
import glob
import gzip
import os
from typing import Any, Optional

from fastapi import APIRouter, Request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client import multiprocess
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from .metrics import OpsCenterMetrics, default_metrics
from .middleware import MARK
from .resources import DEFAULT_TIMEOUT, ResourceMonitorAdapter

# Scrapes are text that compresses about tenfold; level 1 gets most of that for a fraction of
# level 9's time (docs/BENCHMARKS.md, the exposition table).
GZIP_LEVEL = 1

class _SettledFiles:
    """prometheus_client's multiprocess merge, over the files that hold at least their header.
    A worker that is booting creates its file empty and sizes it a moment later; read in that
    moment, the file fails the whole scrape (struct.error, HTTP 500). It holds no value yet, so
    it is left for the next scrape."""

    def __init__(self, path: str):
        self.path = path

    def collect(self):
        files = [f for f in glob.glob(os.path.join(self.path, "*.db")) if _size(f) >= 8]
        return multiprocess.MultiProcessCollector.merge(files, accumulate=True)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:  # removed since the glob (a dead worker's live gauges)
        return 0


def render(registry: CollectorRegistry, compress: bool = False) -> bytes:
    """Exposition text, gzipped when `compress`. With PROMETHEUS_MULTIPROC_DIR set, every
    worker's files are merged, so any worker answering the scrape reports the totals of all."""
    path = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if path:
        merged = CollectorRegistry()
        merged.register(_SettledFiles(path))
        registry = merged
    text = generate_latest(registry)
    return gzip.compress(text, compresslevel=GZIP_LEVEL) if compress else text


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether an Accept-Encoding header value allows gzip (Prometheus sends "gzip")."""
    for item in accept_encoding.split(","):
        name, *params = item.split(";")
        if name.strip().lower() != "gzip":
            continue
        for param in params:
            key, _, q = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    return float(q) > 0  # "gzip;q=0" refuses it
                except ValueError:
                    return False
        return True
    return False


def _header(scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return ""


class MetricsEndpoint:
    """GET /metrics as an ASGI app: refreshes the resource gauges, renders (and gzips when the
    scraper accepts it) off the event loop: 10k series take tens of ms."""

    def __init__(self, metrics: OpsCenterMetrics, resource_monitor: Any = None,
                 resource_timeout: float = DEFAULT_TIMEOUT):
        self.metrics = metrics
        self.adapter = ResourceMonitorAdapter(resource_monitor, metrics, timeout=resource_timeout)

    async def response(self, accept_encoding: str = "") -> Response:
        await self.adapter.refresh()
        compress = accepts_gzip(accept_encoding)
        body = await run_in_threadpool(render, self.metrics.registry, compress)
        headers = {"Vary": "Accept-Encoding"}
        if compress:
            headers["Content-Encoding"] = "gzip"
        return Response(body, media_type=CONTENT_TYPE_LATEST, headers=headers)

    async def __call__(self, scope, receive, send):
        await (await self.response(_header(scope, b"accept-encoding")))(scope, receive, send)


def metrics_router(metrics: Optional[OpsCenterMetrics] = None, resource_monitor: Any = None,
                   path: str = "/metrics", resource_timeout: float = DEFAULT_TIMEOUT) -> APIRouter:
    """`app.include_router(metrics_router(resource_monitor=monitor))`. The middleware skips this
    route, so scrapes do not count as API requests; it warns when another route answers `path`."""
    endpoint = MetricsEndpoint(metrics or default_metrics(), resource_monitor, resource_timeout)
    router = APIRouter()

    @router.get(path, include_in_schema=False)
    async def prometheus_metrics(request: Request):
        return await endpoint.response(request.headers.get("accept-encoding", ""))

    setattr(prometheus_metrics, MARK, True)
    router.resource_adapter = endpoint.adapter
    return router
