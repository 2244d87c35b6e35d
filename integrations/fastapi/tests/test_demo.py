"""The demo backend: control API, faults on demand, health, and live data for every family."""
import asyncio
import os

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from conftest import samples, value
from demo.app import create_app
from demo.backends import Backends
from demo.load import LoadGenerator, client_for, login_failures
from demo.simulate import Simulator
from demo_fakes import FakePostgres, FakeRedis
from ops_center_metrics.metrics_exporter import TrackedAsyncpg

INVENTORY = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "metrics_inventory.txt")


def demo(metrics, connected=True):
    backends = Backends(metrics)
    if connected:
        backends.db, backends.redis = TrackedAsyncpg(FakePostgres(), metrics), FakeRedis()
    return create_app(metrics=metrics, backends=backends, connect=False, load=False, simulate=False)


def test_health_follows_the_backends(metrics):
    with TestClient(demo(metrics, connected=False)) as c:
        r = c.get("/health")
        assert (r.status_code, r.json()["database"], r.json()["redis"]) == (503, "down", "down")
        assert c.get("/api/v1/domains").status_code == 503
    with TestClient(demo(metrics)) as c:
        assert c.get("/health").json() == {"status": "ok", "database": "ok", "redis": "ok"}


def test_control_api(metrics):
    with TestClient(demo(metrics)) as c:
        assert c.get("/demo/mode").json() == {"error_rate": 0.0, "latency_seconds": 0.0, "login_failures_per_minute": 0}
        r = c.post("/demo/mode", json={"error_rate": 0.5})
        assert r.json() == {"error_rate": 0.5, "latency_seconds": 0.0, "login_failures_per_minute": 0}
        assert c.post("/demo/mode", json={"error_rate": 2}).status_code == 422
        assert c.post("/demo/reset").json()["error_rate"] == 0.0


def test_injected_errors_and_latency(metrics):
    app = demo(metrics)
    with TestClient(app, raise_server_exceptions=False) as c:
        c.post("/demo/mode", json={"error_rate": 1})
        assert [c.get("/api/v1/domains").status_code for _ in range(3)] == [500] * 3
        # Logins are exempt, so login_failures_per_minute stays exact during an error storm.
        assert c.post("/api/v1/auth/login", json={"username": "u", "password": "x"}).status_code == 401
        c.post("/demo/mode", json={"error_rate": 0, "latency_seconds": 0.2})
        assert c.post("/api/v1/domains", json={"name": "a.example"}).status_code == 201
    assert value(metrics, "ops_center_api_errors_total", endpoint="/api/v1/domains", method="GET",
                 status_code="500", error_type="SimulatedFault") == 3
    assert app.state.backends.db._target.sleeps == [0.2]  # a real (slow) query, not just a sleep
    assert value(metrics, "ops_center_db_queries_total", operation="select", status="success") >= 1
    assert value(metrics, "ops_center_api_request_duration_seconds_bucket", endpoint="/api/v1/domains",
                 method="POST", le="0.1") == 0


@pytest.mark.anyio
async def test_login_failures_per_minute(metrics):
    app = demo(metrics)
    app.state.demo.mode.login_failures_per_minute = 600  # one every 0.1 s
    task = asyncio.create_task(login_failures(app, app.state.demo))
    await asyncio.sleep(0.55)
    task.cancel()
    n = value(metrics, "ops_center_keycloak_logins_total", result="failure", reason="invalid_credentials")
    assert 4 <= n <= 7


@pytest.mark.anyio
async def test_every_inventory_family_gets_live_data(metrics):
    """What the demo stack relies on: after a little load and simulation, no dashboard query on
    an ops_center_* family comes back empty."""
    app = demo(metrics)
    gen = LoadGenerator(app, seed=7)
    sim = Simulator(metrics, seed=7, migration_seconds=(0, 0), provider_latency=(0, 0.001))
    async with client_for(app) as c:
        for _ in range(400):
            await gen.one(c)
        for _ in range(10):
            await sim.tick()
        text = (await c.get("/metrics")).text
    have = set()
    for fam in text_string_to_metric_families(text):
        if fam.samples:
            have.add(fam.name + "_total" if fam.type == "counter" else fam.name)
    with open(INVENTORY) as fh:
        inventory = {line.strip() for line in fh if line.strip()}
    assert inventory - have == set()
    assert sum(samples(metrics, "ops_center_user_api_requests_total").values()) > 0
