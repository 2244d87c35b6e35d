"""Runs one python block of docs/FASTAPI_INTEGRATION.md (read from stdin) in a fresh process, with
the objects the guide says the backend already has, then checks what the block should have done.

    python guide_block.py two_line|options|three_line|helpers < block.py
"""
import asyncio
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import asyncpg  # noqa: E402
import sqlalchemy  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from prometheus_client import REGISTRY  # noqa: E402


class ResourceMonitor:
    def get_metrics(self):
        return {"cpu_percent": 12.5, "memory_percent": 40, "disk_percent": 71}


def backend_app() -> FastAPI:
    app = FastAPI()

    @app.get("/ping")
    def ping():
        return "pong"

    @app.get("/health")
    def health():
        return "ok"

    return app


async def lazy_pool():
    # min_size=0: a real asyncpg pool that connects only when used (no server needed here).
    return await asyncpg.create_pool("postgresql://guide@127.0.0.1:9/guide", min_size=0)


def sample(name, **labels):
    return REGISTRY.get_sample_value(name, labels) or 0.0


def scrape(app):
    with TestClient(app) as c:
        assert c.get("/ping").json() == "pong"
        c.get("/health")
        return c.get("/metrics")


def main(kind: str, code: str):
    app = backend_app()
    cursor = sqlite3.connect(":memory:").execute("select 1")
    ns = {"app": app, "resource_monitor": ResourceMonitor(), "engine": sqlalchemy.create_engine("sqlite://"),
          "pool": asyncio.run(lazy_pool()), "cursor": cursor}
    exec(compile(code, "FASTAPI_INTEGRATION.md", "exec"), ns)
    if kind == "helpers":
        with ns["engine"].connect() as conn:  # the hooked engine counts its queries
            conn.execute(sqlalchemy.text("select 1"))
        assert sample("ops_center_db_queries_total", operation="select", status="success") == 2  # cursor + engine
        assert sample("ops_center_keycloak_logins_total", result="failure", reason="invalid_credentials") == 1
        assert sample("ops_center_lago_revenue_cents_total", currency="USD") == 4900
        assert sample("ops_center_external_api_duration_seconds_count", provider="lago", operation="create_invoice") == 1
        assert sample("ops_center_migration_jobs_active") == 0
        assert sample("ops_center_rate_limit_hits_total", scope="inbound", client_ip="203.0.113.9") == 1
        return
    r = scrape(app)
    assert r.status_code == 200
    assert 'ops_center_api_requests_total{endpoint="/ping",method="GET",status_code="200"} 1.0' in r.text, r.text
    assert "ops_center_resource_cpu_percent 12.5" in r.text
    if kind == "options":
        assert 'ops_center_api_request_duration_seconds_bucket{endpoint="/ping",le="0.005",method="GET"}' in r.text
        assert 'endpoint="/health"' not in r.text  # excluded
    else:
        assert 'endpoint="/health"' in r.text


if __name__ == "__main__":
    main(sys.argv[1], sys.stdin.read())
    print("ok")
