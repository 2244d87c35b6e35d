"""Publishes an existing resource_monitor object's readings as ops_center_resource_* gauges.

The Ops-Center backend already has a ResourceMonitor class; its exact API is not fixed here, so
the adapter reads it by duck typing (a reading method returning a dict, sync or async) or by an
explicit `reader` callable. With no monitor it is a no-op and registers nothing.

A monitor is the app's code, and it may fail or block (psutil.cpu_percent(interval=1) sleeps a
second). It is read in a thread, bounded by `timeout`, one read at a time: a failing or slow
monitor costs only its own gauges (NaN until its next good read) and counts in
ops_center_resource_monitor_failures_total, never the scrape or the event loop.
"""
import inspect
import logging
from numbers import Number
from typing import Any, Callable, Optional

import anyio
import anyio.to_thread

READ_METHODS = ("get_metrics", "get_system_metrics", "get_current_metrics", "get_resource_usage",
                "get_stats", "collect")
KEYS = {"cpu": "resource_cpu", "memory": "resource_memory", "disk": "resource_disk"}
ALIASES = ("{k}_percent", "{k}_usage_percent", "{k}_usage", "{k}_used_percent", "{k}")
NESTED = ("percent", "usage_percent", "used_percent", "usage")
FAILURES = ("error", "timeout")
DEFAULT_TIMEOUT = 2.0  # above psutil's one-second sampling, well inside a scrape's timeout
# anyio >= 4.1 names it abandon_on_cancel; 3.x (allowed by Starlette 0.46) cancellable.
_ABANDON = ("abandon_on_cancel" if "abandon_on_cancel" in inspect.signature(anyio.to_thread.run_sync).parameters
            else "cancellable")

log = logging.getLogger("ops_center_metrics")


def check_timeout(timeout) -> float:
    if isinstance(timeout, bool) or not isinstance(timeout, Number) or not 0 < timeout <= 60:
        raise ValueError(f"resource_timeout: must be seconds between 0 and 60 (e.g. {DEFAULT_TIMEOUT}), got {timeout!r}")
    return float(timeout)


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
    def __init__(self, monitor: Any, metrics, reader: Optional[Callable[[Any], Any]] = None,
                 timeout: float = DEFAULT_TIMEOUT):
        self.monitor = monitor
        self.metrics = metrics
        self.reader = reader
        self.timeout = check_timeout(timeout)
        self._busy = False  # a read is still running in its thread
        self._failing = None  # the reason of the last failure, logged once per run of them
        if monitor is not None:
            metrics.register_resource_gauges()
            for reason in FAILURES:  # both series exist from the start, so rate() sees the first
                metrics.resource_monitor_failures.labels(reason)
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

    def _call(self):
        try:
            return self.reader(self.monitor)
        finally:
            self._busy = False

    async def _read(self):
        if self._busy:  # the last one is still blocked: no second thread behind it
            raise TimeoutError("the previous read has not returned")
        self._busy = True
        with anyio.fail_after(self.timeout):
            reading = await anyio.to_thread.run_sync(self._call, **{_ABANDON: True})
            if inspect.isawaitable(reading):  # an async monitor: its coroutine runs on the loop
                reading = await reading
        return reading

    async def refresh(self):
        """Reads the monitor once and sets the gauges; called before each /metrics render."""
        if self.monitor is None:
            return
        try:
            reading = await self._read()
        except Exception as exc:
            reason = "timeout" if isinstance(exc, TimeoutError) else "error"
            self.metrics.resource_monitor_failures.labels(reason).inc()
            if self._failing != reason:
                log.warning("resource_monitor read failed (%s: %s); the ops_center_resource_* gauges read NaN "
                            "until it answers within %.1f s again", reason, exc or type(exc).__name__, self.timeout)
            self._failing = reason
            for attr in KEYS.values():
                getattr(self.metrics, attr).set(float("nan"))
            return
        self._failing = None
        for k, attr in KEYS.items():
            v = _find(reading, k)
            if v is not None:
                getattr(self.metrics, attr).set(v)
