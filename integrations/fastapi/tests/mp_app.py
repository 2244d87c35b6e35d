"""App served by real uvicorn and gunicorn processes in test_multiprocess.py and test_gunicorn.py (default registry, so the
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


@app.post("/api/v1/migrations")
def start_migration():
    """Moves the livesum gauge in this worker only (a dead worker's share must go away)."""
    metrics.migration_started()
    return {"pid": os.getpid()}


metrics = instrument(app)
