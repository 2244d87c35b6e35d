"""Publishes an existing resource_monitor object's readings as ops_center_resource_* gauges.

The Ops-Center backend already has a ResourceMonitor class; its exact API is not fixed here, so
the adapter reads it by duck typing (a reading method returning a dict, sync or async) or by an
explicit `reader` callable. With no monitor it is a no-op and registers nothing.
"""
import inspect
from numbers import Number
from typing import Any, Callable, Optional

READ_METHODS = ("get_metrics", "get_system_metrics", "get_current_metrics", "get_resource_usage",
                "get_stats", "collect")
KEYS = {"cpu": "resource_cpu", "memory": "resource_memory", "disk": "resource_disk"}
ALIASES = ("{k}_percent", "{k}_usage_percent", "{k}_usage", "{k}_used_percent", "{k}")
NESTED = ("percent", "usage_percent", "used_percent", "usage")


def _find(reading: Any, k: str) -> Optional[float]:
    get = reading.get if isinstance(reading, dict) else (lambda name: getattr(reading, name, None))
    for pattern in ALIASES:
        v = get(pattern.format(k=k))
        if isinstance(v, Number) and not isinstance(v, bool):
            return float(v)
        if isinstance(v, dict):
            for n in NESTED:
                if isinstance(v.get(n), Number):
                    return float(v[n])
    return None


class ResourceMonitorAdapter:
    def __init__(self, monitor: Any, metrics, reader: Optional[Callable[[Any], Any]] = None):
        self.monitor = monitor
        self.metrics = metrics
        self.reader = reader
        if monitor is not None:
            metrics.register_resource_gauges()
            if reader is None:
                self.reader = self._default_reader(monitor)

    @staticmethod
    def _default_reader(monitor):
        for name in READ_METHODS:
            if callable(getattr(monitor, name, None)):
                return lambda mon, _n=name: getattr(mon, _n)()
        if callable(monitor):
            return lambda mon: mon()
        return lambda mon: mon  # an object with cpu_percent/... attributes

    async def refresh(self):
        """Reads the monitor once and sets the gauges; called before each /metrics render."""
        if self.monitor is None:
            return
        reading = self.reader(self.monitor)
        if inspect.isawaitable(reading):
            reading = await reading
        for k, attr in KEYS.items():
            v = _find(reading, k)
            if v is not None:
                getattr(self.metrics, attr).set(v)
