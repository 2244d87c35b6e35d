"""OpsCenterMetrics: the families of families.py registered on one registry, plus the
recorder methods (recorders_*.py) that keep label values inside their documented sets."""
from typing import Optional

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram

from .bounded import BoundedValues
from .families import FAMILIES, RESOURCE_FAMILIES, Family
from .recorders_auth import AuthRecorders
from .recorders_billing import BillingRecorders
from .recorders_ops import OpsRecorders

USER_LIMIT = 500
IP_LIMIT = 100
KEY_LIMIT = 500


def _make(f: Family, registry: CollectorRegistry):
    if f.kind == "counter":
        return Counter(f.name, f.help, f.labels, registry=registry)
    if f.kind == "histogram":
        return Histogram(f.name, f.help, f.labels, registry=registry, buckets=f.buckets)
    return Gauge(f.name, f.help, f.labels, registry=registry, multiprocess_mode=f.mode)


class OpsCenterMetrics(AuthRecorders, BillingRecorders, OpsRecorders):
    """All ops_center_* families. Create one per registry (the default one uses the global REGISTRY)."""

    def __init__(self, registry: Optional[CollectorRegistry] = REGISTRY):
        self.registry = registry
        for f in FAMILIES:
            setattr(self, f.attr, _make(f, registry))
        self._resources_registered = False
        self.bound_user = BoundedValues(USER_LIMIT)
        self.bound_ip = BoundedValues(IP_LIMIT)
        self.bound_key = BoundedValues(KEY_LIMIT)
        self.bound_zone = BoundedValues(USER_LIMIT)
        # Endpoint templates are finite, but mounts can put raw path prefixes in them.
        self.bound_endpoint = BoundedValues(1000)
        self.bound_provider_op = BoundedValues(200)

    def register_resource_gauges(self):
        """Adds the resource_* gauges; only called when a resource_monitor object is given."""
        if not self._resources_registered:
            for f in RESOURCE_FAMILIES:
                setattr(self, f.attr, _make(f, self.registry))
            self._resources_registered = True


_default: Optional[OpsCenterMetrics] = None


def default_metrics() -> OpsCenterMetrics:
    """The process-wide instance on prometheus_client's REGISTRY, created on first use so that
    PROMETHEUS_MULTIPROC_DIR only has to be set before the app starts, not before import."""
    global _default
    if _default is None:
        _default = OpsCenterMetrics()
    return _default
