"""The three apps the benchmark compares, identical but for the instrumentation; uvicorn serves
them as bench.apps:bare / :exporter / :instrumentator, and bench.py calls them in process."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from fastapi import FastAPI  # noqa: E402
from prometheus_client import CollectorRegistry  # noqa: E402
from prometheus_fastapi_instrumentator import Instrumentator  # noqa: E402

from ops_center_metrics.metrics_exporter import OpsCenterMetrics, instrument  # noqa: E402

PATH = "/api/v1/domains/{domain_id}"


def make_app() -> FastAPI:
    app = FastAPI()

    @app.get(PATH)
    async def get_domain(domain_id: int):
        return {"id": domain_id}

    return app


def exporter_app(metrics: OpsCenterMetrics) -> FastAPI:
    app = make_app()
    instrument(app, metrics=metrics)
    return app


def instrumentator_app() -> FastAPI:
    app = make_app()
    Instrumentator(registry=CollectorRegistry()).instrument(app)  # its defaults
    return app


bare = make_app()
exporter = exporter_app(OpsCenterMetrics(CollectorRegistry()))
instrumentator = instrumentator_app()
