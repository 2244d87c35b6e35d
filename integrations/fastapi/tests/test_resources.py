"""The resource_monitor adapter: gauges from a given monitor, nothing without one."""
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from conftest import value
from ops_center_metrics.metrics_exporter import instrument
from ops_center_metrics.resources import ResourceMonitorAdapter


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
