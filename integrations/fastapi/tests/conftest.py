"""Shared fixtures: a real FastAPI app instrumented against a fresh registry per test."""
import asyncio
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from fastapi import FastAPI, HTTPException  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from prometheus_client import CollectorRegistry  # noqa: E402
from starlette.responses import JSONResponse  # noqa: E402

from ops_center_metrics.metrics_exporter import OpsCenterMetrics, instrument  # noqa: E402


class DomainLookupError(Exception):
    """A handler failure the middleware must report by class name."""


def build_app() -> FastAPI:
    app = FastAPI()

    @app.get("/api/v1/domains/{domain_id}")
    def get_domain(domain_id: int):
        if domain_id == 404:
            raise HTTPException(404, "no such domain")
        return {"id": domain_id}

    @app.post("/api/v1/domains")
    def create_domain(body: dict):
        return JSONResponse(body, status_code=201)

    @app.get("/api/v1/boom")
    def boom():
        raise DomainLookupError("database said no")

    @app.get("/api/v1/limited")
    def limited():
        return JSONResponse({"detail": "slow down"}, status_code=429)

    @app.get("/api/v1/slow")
    async def slow():
        await asyncio.sleep(0.15)
        return {"ok": True}

    return app


@pytest.fixture
def metrics():
    return OpsCenterMetrics(CollectorRegistry())


@pytest.fixture
def client(metrics):
    app = build_app()
    instrument(app, metrics=metrics)
    # raise_server_exceptions=False: the client gets the 500 like a real one would.
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def value(metrics, name, **labels):
    """A sample's value, 0.0 when absent (so `== 0` assertions fail on a wrong name only if
    paired with a positive assertion elsewhere)."""
    v = metrics.registry.get_sample_value(name, labels)
    return 0.0 if v is None else v


def samples(metrics, name):
    """{frozenset(labels.items()): value} for every sample with this exact sample name."""
    out = {}
    for fam in metrics.registry.collect():
        for s in fam.samples:
            if s.name == name:
                out[frozenset(s.labels.items())] = s.value
    return out


@pytest.fixture
def anyio_backend():
    return "asyncio"
