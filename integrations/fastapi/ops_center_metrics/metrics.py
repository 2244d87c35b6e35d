"""OpsCenterMetrics: the families of families.py registered on one registry, plus the
recorder methods (recorders_*.py) that keep label values inside their documented sets."""
from typing import Optional, Sequence

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram, Summary

from .bounded import BoundedValues
from .families import FAMILIES, IN_PROGRESS_FAMILIES, LATENCY, RESOURCE_FAMILIES, SIZE_FAMILIES, Family
from .recorders_auth import AuthRecorders
from .recorders_billing import BillingRecorders
from .recorders_ops import OpsRecorders

USER_LIMIT = 500
IP_LIMIT = 100
KEY_LIMIT = 500


def check_buckets(buckets) -> tuple:
    """The API latency buckets: increasing positive numbers (+Inf is always added)."""
    try:
        b = tuple(float(x) for x in buckets)
    except (TypeError, ValueError):
        b = ()
    if not b or any(x <= 0 for x in b) or any(x >= y for x, y in zip(b, b[1:])):
        raise ValueError(f"buckets: must be increasing positive numbers of seconds, e.g. "
                         f"(0.005, 0.025, 0.1, 0.5, 1, 5), got {buckets!r}")
    return b


class _NoCreated:
    """Leaves out the *_created sample: it doubles the series count and no dashboard reads it.
    Per family (children are built from the same class), so other libraries' metrics and
    prometheus_client's process-wide switch are left alone."""

    def _child_samples(self):
        return [s for s in super()._child_samples() if s.name != "_created"]


class OwnCounter(_NoCreated, Counter):
    pass


class OwnHistogram(_NoCreated, Histogram):
    pass


class OwnSummary(_NoCreated, Summary):
    pass


def _make(f: Family, registry: CollectorRegistry):
    if f.kind == "counter":
        return OwnCounter(f.name, f.help, f.labels, registry=registry)
    if f.kind == "histogram":
        return OwnHistogram(f.name, f.help, f.labels, registry=registry, buckets=f.buckets)
    if f.kind == "summary":
        return OwnSummary(f.name, f.help, f.labels, registry=registry)
    return Gauge(f.name, f.help, f.labels, registry=registry, multiprocess_mode=f.mode)


class OpsCenterMetrics(AuthRecorders, BillingRecorders, OpsRecorders):
    """All ops_center_* families. Create one per registry (the default one uses the global REGISTRY)."""

    def __init__(self, registry: Optional[CollectorRegistry] = REGISTRY, buckets: Sequence[float] = LATENCY):
        """`buckets` are ops_center_api_request_duration_seconds' (default: the spec's)."""
        self.registry = registry
        self.buckets = check_buckets(buckets)
        for f in FAMILIES:
            if f.attr == "api_duration":
                f = f._replace(buckets=self.buckets)
            setattr(self, f.attr, _make(f, registry))
        self._registered = set()  # the optional groups added so far
        self.bound_user = BoundedValues(USER_LIMIT)
        self.bound_ip = BoundedValues(IP_LIMIT)
        self.bound_key = BoundedValues(KEY_LIMIT)
        self.bound_zone = BoundedValues(USER_LIMIT)
        # Endpoint templates are finite, but mounts can put raw path prefixes in them.
        self.bound_endpoint = BoundedValues(1000)
        self.bound_provider_op = BoundedValues(200)

    def _register(self, group: str, families):
        if group not in self._registered:
            for f in families:
                setattr(self, f.attr, _make(f, self.registry))
            self._registered.add(group)

    def register_resource_gauges(self):
        """Adds the resource_* gauges; only called when a resource_monitor object is given."""
        self._register("resources", RESOURCE_FAMILIES)

    def register_in_progress(self):
        self._register("in_progress", IN_PROGRESS_FAMILIES)

    def register_sizes(self):
        self._register("sizes", SIZE_FAMILIES)


_default: Optional[OpsCenterMetrics] = None


def default_metrics(buckets: Optional[Sequence[float]] = None) -> OpsCenterMetrics:
    """The process-wide instance on prometheus_client's REGISTRY, created on first use so that
    PROMETHEUS_MULTIPROC_DIR only has to be set before the app starts, not before import.
    `buckets` only applies to that first use; asking for other ones later is an error."""
    global _default
    if _default is None:
        _default = OpsCenterMetrics(buckets=LATENCY if buckets is None else buckets)
    elif buckets is not None and check_buckets(buckets) != _default.buckets:
        raise ValueError(f"buckets: the default metrics already exist with buckets {_default.buckets}; "
                         f"pass buckets= on the first instrument() call only, or metrics=OpsCenterMetrics(registry, buckets=...)")
    return _default
