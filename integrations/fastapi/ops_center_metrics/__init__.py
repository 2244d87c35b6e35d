"""ops_center_metrics: Prometheus metrics for the Ops-Center FastAPI backend (see metrics_exporter)."""
from .metrics_exporter import *  # noqa: F401,F403
from .metrics_exporter import __all__  # noqa: F401

__version__ = "1.0.0"
