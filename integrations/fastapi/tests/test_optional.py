"""The optional families users of prometheus-fastapi-instrumentator expect: requests in
progress and body sizes, over real HTTP; and the finer latency buckets keep the spec's bounds."""
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

from conftest import value
from ops_center_metrics.metrics_exporter import FINE_LATENCY, LATENCY, instrument
from served import served, until


def test_in_progress_counts_requests_being_handled(metrics):
    app = FastAPI()
    instrument(app, metrics=metrics, in_progress=True)
    release, entered = asyncio.Event(), threading.Event()
    loop = {}

    @app.get("/wait")
    async def wait():
        loop["it"] = asyncio.get_running_loop()
        entered.set()
        await release.wait()
        return {}

    running = lambda: value(metrics, "ops_center_api_requests_in_progress", method="GET")  # noqa: E731
    with served(app) as port, ThreadPoolExecutor(1) as pool:
        pending = pool.submit(httpx.get, f"http://127.0.0.1:{port}/wait", timeout=10)
        assert entered.wait(10)
        assert running() == 1
        loop["it"].call_soon_threadsafe(release.set)
        assert pending.result().status_code == 200
        until("the request to end", lambda: running() == 0)


def test_sizes_are_the_bodies_sent_and_received(metrics):
    app = FastAPI()
    instrument(app, metrics=metrics, sizes=True)

    @app.post("/echo")
    async def echo(request: Request):
        return PlainTextResponse((await request.body()) * 3)

    with served(app) as port:
        got = httpx.post(f"http://127.0.0.1:{port}/echo", content=b"x" * 100, timeout=10)
        until("the request recorded", lambda: value(metrics, "ops_center_api_response_size_bytes_count",
                                                    endpoint="/echo", method="POST") == 1)
    labels = {"endpoint": "/echo", "method": "POST"}
    assert value(metrics, "ops_center_api_request_size_bytes_sum", **labels) == 100
    assert value(metrics, "ops_center_api_response_size_bytes_sum", **labels) == len(got.content) == 300


def test_fine_latency_keeps_every_spec_bound():
    assert set(LATENCY) <= set(FINE_LATENCY)
    assert list(FINE_LATENCY) == sorted(FINE_LATENCY) and min(FINE_LATENCY) <= 0.01
