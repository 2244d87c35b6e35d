"""The resource_monitor adapter: gauges from a given monitor, nothing without one; a monitor
that raises or blocks costs only its own gauges, never the scrape or the event loop."""
import math
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from conftest import value
from ops_center_metrics.metrics_exporter import instrument
from ops_center_metrics.resources import ResourceMonitorAdapter
from served import served, until


class DictMonitor:
    def get_system_metrics(self):
        return {"cpu_percent": 12.5, "memory": {"percent": 40.0}, "disk_usage_percent": 71}


class AsyncMonitor:
    async def get_metrics(self):
        return {"cpu": 3, "memory_percent": 4, "disk": {"used_percent": 5}}


class AttrMonitor:
    cpu_percent = 1.0
    memory_percent = 2.0
    disk_percent = 3.0


def gauges(metrics):
    return [value(metrics, f"ops_center_resource_{k}_percent") for k in ("cpu", "memory", "disk")]


def test_monitor_readings_are_published_on_scrape(metrics):
    app = FastAPI()
    instrument(app, metrics=metrics, resource_monitor=DictMonitor())
    with TestClient(app) as c:
        assert "ops_center_resource_disk_percent 71.0" in c.get("/metrics").text
    assert gauges(metrics) == [12.5, 40.0, 71.0]


@pytest.mark.anyio
@pytest.mark.parametrize("monitor,expected", [(AsyncMonitor(), [3, 4, 5]), (AttrMonitor(), [1, 2, 3])])
async def test_async_and_attribute_monitors(metrics, monitor, expected):
    await ResourceMonitorAdapter(monitor, metrics).refresh()
    assert gauges(metrics) == expected


@pytest.mark.anyio
async def test_no_monitor_is_a_no_op(metrics):
    await ResourceMonitorAdapter(None, metrics).refresh()
    names = {f.name for f in metrics.registry.collect()}
    assert not any(n.startswith("ops_center_resource_") for n in names)


class RaisingMonitor:
    def get_metrics(self):
        raise RuntimeError("sensor gone")


class BlockedMonitor:
    """Blocks its reading thread until released: psutil.cpu_percent(interval=1), or worse."""

    def __init__(self):
        self.release = threading.Event()
        self.entered = threading.Event()

    def get_metrics(self):
        self.entered.set()
        self.release.wait(30)
        return {"cpu_percent": 9.0, "memory_percent": 8.0, "disk_percent": 7.0}


def failures(metrics, reason):
    return value(metrics, "ops_center_resource_monitor_failures_total", reason=reason)


def test_raising_monitor_costs_only_its_gauges(metrics, caplog):
    app = FastAPI()
    instrument(app, metrics=metrics, resource_monitor=RaisingMonitor())

    @app.get("/ok")
    def ok():
        return {}

    with TestClient(app) as c:
        c.get("/ok")
        for _ in range(3):
            scrape = c.get("/metrics")
            assert scrape.status_code == 200
            assert 'ops_center_api_requests_total{endpoint="/ok",method="GET",status_code="200"} 1.0' in scrape.text
    assert all(math.isnan(g) for g in gauges(metrics))
    assert failures(metrics, "error") == 3 and failures(metrics, "timeout") == 0
    warned = [r for r in caplog.records if "resource_monitor read failed" in r.getMessage()]
    assert len(warned) == 1 and "sensor gone" in warned[0].getMessage()  # once per run of failures


def test_blocked_monitor_leaves_the_loop_and_the_scrape_alone(metrics):
    monitor = BlockedMonitor()
    app = FastAPI()
    instrument(app, metrics=metrics, resource_monitor=monitor, resource_timeout=0.3)

    @app.get("/ok")
    async def ok():
        return {}

    try:
        with served(app) as port:
            base = f"http://127.0.0.1:{port}"
            with ThreadPoolExecutor(1) as pool:
                scrape = pool.submit(httpx.get, base + "/metrics", timeout=10)
                assert monitor.entered.wait(10)
                # The monitor holds its thread, not the event loop: another request is answered
                # while it is blocked (it is released only after this returns).
                assert httpx.get(base + "/ok", timeout=10).status_code == 200
                assert scrape.result().status_code == 200  # after resource_timeout, without it
            # Still blocked: the next scrape starts no second thread behind it.
            assert httpx.get(base + "/metrics", timeout=10).status_code == 200
            assert failures(metrics, "timeout") == 2
            monitor.release.set()
            until("a good read after the release",
                  lambda: httpx.get(base + "/metrics", timeout=10) and gauges(metrics) == [9.0, 8.0, 7.0])
    finally:
        monitor.release.set()


@pytest.mark.parametrize("timeout", [0, -1, "2", True, 61])
def test_resource_timeout_must_be_seconds(metrics, timeout):
    with pytest.raises(ValueError, match=r"resource_timeout: must be seconds between 0 and 60"):
        instrument(FastAPI(), metrics=metrics, resource_monitor=DictMonitor(), resource_timeout=timeout)
