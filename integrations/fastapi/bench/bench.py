"""Benchmark: per-request overhead of MetricsMiddleware vs no instrumentation vs
prometheus-fastapi-instrumentator's defaults, and /metrics render time at 1k and 10k series.

Requests are ASGI calls straight into each app (no sockets, no HTTP parsing), so the difference
between apps is the instrumentation itself rather than server noise. The three apps are measured
in interleaved rounds and the median round counts. Prints a markdown section.
"""
import asyncio
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import prometheus_client  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from prometheus_client import CollectorRegistry, generate_latest  # noqa: E402
from prometheus_fastapi_instrumentator import Instrumentator  # noqa: E402

from ops_center_metrics.metrics_exporter import OpsCenterMetrics, instrument  # noqa: E402

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "4000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))


def make_app() -> FastAPI:
    app = FastAPI()

    @app.get("/api/v1/domains/{domain_id}")
    async def get_domain(domain_id: int):
        return {"id": domain_id}

    return app


OURS = OpsCenterMetrics(CollectorRegistry())


def apps():
    bare = make_app()
    ours = make_app()
    # *_created series stay on here: the instrumentator keeps them too.
    instrument(ours, metrics=OURS, disable_created_series=False)
    pfi = make_app()
    Instrumentator(registry=CollectorRegistry()).instrument(pfi)
    return {"none": bare, "ops_center_metrics": ours, "instrumentator": pfi}


async def drive(app, n: int) -> float:
    """Seconds per request for n sequential GETs through the full ASGI stack."""
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message["type"])

    t0 = time.perf_counter()
    for i in range(n):
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": f"/api/v1/domains/{i % 50}", "raw_path": b"", "root_path": "",
                 "query_string": b"", "headers": [(b"host", b"bench")], "client": ("127.0.0.1", 1),
                 "server": ("bench", 80)}
        await app(scope, receive, send)
    elapsed = time.perf_counter() - t0
    assert sent.count("http.response.start") == n
    return elapsed / n


async def overhead():
    candidates = apps()
    for app in candidates.values():
        await drive(app, 300)  # warm-up: builds the middleware stacks and label children
    rounds = {k: [] for k in candidates}
    for _ in range(ROUNDS):
        for name, app in candidates.items():
            rounds[name].append(await drive(app, REQUESTS))
    counted = sum(s.value for f in OURS.registry.collect() for s in f.samples
                  if s.name == "ops_center_api_requests_total")
    assert counted == 300 + ROUNDS * REQUESTS, "the middleware did not see every request"
    return {k: statistics.median(v) for k, v in rounds.items()}


def fill(metrics: OpsCenterMetrics, series: int):
    """`series` samples of ops_center_api_requests_total, the way many endpoints/statuses would."""
    for i in range(series):
        metrics.api_requests.labels(f"/api/v1/resource{i // 20}/{{id}}", "GET", str(200 + i % 20)).inc()


def render_time(series: int, repeat: int = 5) -> float:
    m = OpsCenterMetrics(CollectorRegistry())
    fill(m, series)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        body = generate_latest(m.registry)
        times.append(time.perf_counter() - t0)
    assert body.count(b"\nops_center_api_requests_total{") == series
    return statistics.median(times)


MP_CHILD = """
import sys, time, statistics
sys.path.insert(0, sys.argv[2])
from ops_center_metrics.metrics_exporter import OpsCenterMetrics, render
from bench import fill
m = OpsCenterMetrics()
fill(m, int(sys.argv[1]))
times = []
for _ in range(3):
    t0 = time.perf_counter(); render(None); times.append(time.perf_counter() - t0)
print(statistics.median(times))
"""


def multiprocess_render_time(series: int) -> float:
    """Same, with PROMETHEUS_MULTIPROC_DIR (one worker's files merged per scrape)."""
    with tempfile.TemporaryDirectory() as d:
        env = dict(os.environ, PROMETHEUS_MULTIPROC_DIR=d, PYTHONPATH=HERE)
        out = subprocess.run([sys.executable, "-c", MP_CHILD, str(series), os.path.dirname(HERE)],
                             env=env, check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def main():
    per = asyncio.run(overhead())
    base = per["none"]
    ours, pfi = per["ops_center_metrics"] - base, per["instrumentator"] - base
    prometheus_client.disable_created_metrics()  # as instrument() does by default
    render = {n: render_time(n) for n in (1000, 10000)}
    mp = {n: multiprocess_render_time(n) for n in (1000, 10000)}
    us = lambda s: f"{s * 1e6:.1f} µs"  # noqa: E731
    ms = lambda s: f"{s * 1e3:.1f} ms"  # noqa: E731
    print("## Python: FastAPI metrics middleware (`scripts/bench-python.sh`)\n")
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs; {ROUNDS} interleaved rounds of "
          f"{REQUESTS} ASGI requests per app (GET /api/v1/domains/{{domain_id}}), median round.\n")
    print("| app | time per request | overhead vs none | total vs none |")
    print("|---|---|---|---|")
    for name, t in per.items():
        print(f"| {name} | {us(t)} | {us(t - base)} | {t / base:.2f}x |")
    print()
    print(f"**Overhead ratio ops_center_metrics / instrumentator defaults: {ours / pfi:.2f}** "
          f"(goal: at most 1.00 — {'met' if ours <= pfi else 'NOT met'}).\n")
    print("| /metrics render | 1,000 series | 10,000 series |")
    print("|---|---|---|")
    print(f"| single process (`generate_latest`) | {ms(render[1000])} | {ms(render[10000])} |")
    print(f"| `PROMETHEUS_MULTIPROC_DIR` (one worker's files) | {ms(mp[1000])} | {ms(mp[10000])} |")


if __name__ == "__main__":
    main()
