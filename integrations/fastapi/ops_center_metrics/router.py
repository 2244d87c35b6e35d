"""The /metrics route, as an APIRouter like the backend's other *_api.py routers, and the same
response as a plain ASGI callable for the middleware to answer /metrics itself."""
import glob
import os
from typing import Any, Optional

from fastapi import APIRouter
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client import multiprocess
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from .metrics import OpsCenterMetrics, default_metrics
from .middleware import MARK
from .resources import ResourceMonitorAdapter

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


def render(registry: CollectorRegistry) -> bytes:
    """Exposition text. With PROMETHEUS_MULTIPROC_DIR set, every worker's files are merged, so
    any worker answering the scrape reports the totals of all of them."""
    path = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if path:
        merged = CollectorRegistry()
        merged.register(_SettledFiles(path))
        return generate_latest(merged)
    return generate_latest(registry)


class MetricsEndpoint:
    """GET /metrics as an ASGI app: refreshes the resource gauges, renders off the event loop
    (10k series take tens of ms)."""

    def __init__(self, metrics: OpsCenterMetrics, resource_monitor: Any = None):
        self.metrics = metrics
        self.adapter = ResourceMonitorAdapter(resource_monitor, metrics)

    async def response(self) -> Response:
        await self.adapter.refresh()
        body = await run_in_threadpool(render, self.metrics.registry)
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    async def __call__(self, scope, receive, send):
        await (await self.response())(scope, receive, send)


def metrics_router(metrics: Optional[OpsCenterMetrics] = None, resource_monitor: Any = None,
                   path: str = "/metrics") -> APIRouter:
    """`app.include_router(metrics_router(resource_monitor=monitor))`. The middleware skips this
    route, so scrapes do not count as API requests; it warns when another route answers `path`."""
    endpoint = MetricsEndpoint(metrics or default_metrics(), resource_monitor)
    router = APIRouter()

    @router.get(path, include_in_schema=False)
    async def prometheus_metrics():
        return await endpoint.response()

    setattr(prometheus_metrics, MARK, True)
    router.resource_adapter = endpoint.adapter
    return router
