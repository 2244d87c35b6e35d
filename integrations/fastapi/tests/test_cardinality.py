"""A client requesting 10,000 random URLs (inside every kind of route too) cannot create 10,000
series; nor can user/IP labels."""
import random
import string

import httpx
import pytest

from conftest import samples
from ops_center_metrics.metrics_exporter import instrument, render
from routes_app import routes_app
from test_routes import PREFLIGHT

TEMPLATES = {"/api/v1/domains/{domain_id}", "/api/v1/items", "/api/v1/handled", "/api/v1/stream",
             "/api/v1/upload", "/api/v1/slow-stream", "/api/v1/with-task", "/api/v1/zones/{zone_id}/records",
             "/api/v1/zones/export", "/legacy", "/static/{path:path}", "/docs", "/docs/oauth2-redirect",
             "/openapi.json", "/redoc"}


def series_count(metrics):
    """Series a scrape returns (what Prometheus stores), from the real /metrics rendering."""
    return sum(1 for line in render(metrics.registry).decode().splitlines() if line and not line.startswith("#"))


def random_url(rnd):
    """Scanner-like paths: random ones, and random values inside every kind of route."""
    word = "".join(rnd.choices(string.ascii_lowercase + string.digits, k=8))
    return rnd.choice([
        "/" + "/".join("".join(rnd.choices(string.ascii_lowercase, k=6)) for _ in range(rnd.randint(1, 4))),
        f"/api/v1/domains/{word}",                 # 422 on the route
        f"/api/v1/domains/{rnd.randint(1, 10**9)}",
        f"/api/v1/zones/{word}/records",
        f"/api/v1/zones/{word}/records/",          # slash redirect
        f"/static/{word}.js",                      # 404 inside the mount
        f"/docs/{word}", f"/legacy/{word}", f"/metrics/{word}",
        f"/api/v1/stream?{word}=1",
    ])


@pytest.mark.anyio
async def test_ten_thousand_random_urls_stay_bounded(metrics, tmp_path):
    app = routes_app(tmp_path)
    instrument(app, metrics=metrics)
    rnd = random.Random(5)
    methods = ["GET", "POST", "DELETE", "PATCH", "OPTIONS", "FOO"]
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        await c.get("/api/v1/handled")
        for _ in range(10_000):
            method = rnd.choice(methods)
            headers = PREFLIGHT if method == "OPTIONS" and rnd.random() < 0.5 else {}
            await c.request(method, random_url(rnd), headers=headers)
    endpoints = {dict(k)["endpoint"] for k in samples(metrics, "ops_center_api_requests_total")}
    assert endpoints <= TEMPLATES | {"<unmatched>"}
    assert "<unmatched>" in endpoints and len(endpoints) >= 6  # not everything collapsed into one
    assert sum(samples(metrics, "ops_center_api_requests_total").values()) == 10_001
    # Each (endpoint, method, status) is a counter, 9 histogram series and maybe an error counter:
    # a few hundred series at most, not 10,000.
    combos = len(samples(metrics, "ops_center_api_requests_total"))
    assert combos <= len(TEMPLATES | {"<unmatched>"}) * 7 * 4
    assert series_count(metrics) <= 50 + combos * 11


def test_user_and_ip_labels_are_bounded(metrics):
    for i in range(700):
        metrics.record_user_api_request(f"user{i}")
        metrics.record_rate_limit_hit("inbound", f"10.0.{i // 256}.{i % 256}")
    users = samples(metrics, "ops_center_user_api_requests_total")
    ips = samples(metrics, "ops_center_rate_limit_hits_total")
    assert len(users) == 501 and users[frozenset({("user", "other")})] == 200
    assert len(ips) == 101 and ips[frozenset({("scope", "inbound"), ("client_ip", "other")})] == 600
