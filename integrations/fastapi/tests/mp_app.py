"""App served by real uvicorn processes in test_multiprocess.py (default registry, so the
PROMETHEUS_MULTIPROC_DIR path is the one a production backend takes)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from fastapi import FastAPI  # noqa: E402

from ops_center_metrics.metrics_exporter import instrument  # noqa: E402

app = FastAPI()


@app.get("/api/v1/pid")
def pid():
    return {"pid": os.getpid()}


instrument(app)
