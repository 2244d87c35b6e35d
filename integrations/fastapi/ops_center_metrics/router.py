"""The /metrics route, as an APIRouter like the backend's other *_api.py routers."""
import os
from typing import Any, Optional

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client import multiprocess
from starlette.responses import Response

from .metrics import OpsCenterMetrics, default_metrics
from .resources import ResourceMonitorAdapter


def render(registry: CollectorRegistry) -> bytes:
    """Exposition text. With PROMETHEUS_MULTIPROC_DIR set, every worker's files are merged, so
    any worker answering the scrape reports the totals of all of them."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        merged = CollectorRegistry()
        multiprocess.MultiProcessCollector(merged)
        return generate_latest(merged)
    return generate_latest(registry)


def metrics_router(metrics: Optional[OpsCenterMetrics] = None, resource_monitor: Any = None,
                   path: str = "/metrics") -> APIRouter:
    """`app.include_router(metrics_router(resource_monitor=monitor))`. The middleware skips this
    route, so scrapes do not count as API requests."""
    m = metrics or default_metrics()
    adapter = ResourceMonitorAdapter(resource_monitor, m)
    router = APIRouter()

    @router.get(path, include_in_schema=False)
    async def prometheus_metrics():
        await adapter.refresh()
        # Rendering 10k series takes tens of ms: keep it off the event loop.
        body = await run_in_threadpool(render, m.registry)
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    router.resource_adapter = adapter
    return router
