"""A client requesting 10,000 random URLs cannot create 10,000 series; nor can user/IP labels."""
import random
import string

import httpx
import pytest

from conftest import build_app, samples
from ops_center_metrics.metrics_exporter import instrument, render


def series_count(metrics):
    """Series a scrape returns (what Prometheus stores), from the real /metrics rendering."""
    return sum(1 for line in render(metrics.registry).decode().splitlines() if line and not line.startswith("#"))


@pytest.mark.anyio
async def test_ten_thousand_random_urls_stay_bounded(metrics):
    app = build_app()
    instrument(app, metrics=metrics)
    rnd = random.Random(5)
    methods = ["GET", "POST", "DELETE", "PATCH", "FOO"]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        # Known routes, so the "bounded" result is not just everything collapsing into one value.
        await c.get("/api/v1/domains/1")
        before = series_count(metrics)
        for _ in range(10_000):
            path = "/" + "/".join("".join(rnd.choices(string.ascii_lowercase + string.digits, k=8))
                                  for _ in range(rnd.randint(1, 4)))
            await c.request(rnd.choice(methods), path)
    endpoints = {dict(k)["endpoint"] for k in samples(metrics, "ops_center_api_requests_total")}
    assert endpoints == {"/api/v1/domains/{domain_id}", "<unmatched>"}
    total = sum(samples(metrics, "ops_center_api_requests_total").values())
    assert total == 10_001
    # 5 methods (FOO -> OTHER) x one status for unmatched paths, each with a counter, a histogram
    # (6 buckets + Inf + count + sum) and an error counter: far below 10,000.
    assert series_count(metrics) - before <= 5 * (1 + 9 + 1)


def test_user_and_ip_labels_are_bounded(metrics):
    for i in range(700):
        metrics.record_user_api_request(f"user{i}")
        metrics.record_rate_limit_hit("inbound", f"10.0.{i // 256}.{i % 256}")
    users = samples(metrics, "ops_center_user_api_requests_total")
    ips = samples(metrics, "ops_center_rate_limit_hits_total")
    assert len(users) == 501 and users[frozenset({("user", "other")})] == 200
    assert len(ips) == 101 and ips[frozenset({("scope", "inbound"), ("client_ip", "other")})] == 600
