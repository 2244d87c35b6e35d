"""Gunicorn settings for an app using ops_center_metrics with several workers:

    gunicorn -c python:ops_center_metrics.gunicorn_conf -w 4 -b 0.0.0.0:8084 server:app

(or `-c gunicorn.conf.py`, the copy of this in integrations/fastapi/). Sets
PROMETHEUS_MULTIPROC_DIR when unset, empties it when the server starts (counts left by an
earlier run would otherwise be added to this one's, with a warning saying so), and removes a
dead worker's live gauges when it exits.
"""
import glob
import os
import tempfile

# Imported here, in the arbiter: child_exit runs there, and `import prometheus_client` alone does
# not load the multiprocess submodule (the hook would raise and stop the whole server).
from prometheus_client import multiprocess, values

try:  # uvicorn >= 0.30 moved its gunicorn worker to the uvicorn-worker package
    import uvicorn_worker  # noqa: F401

    worker_class = "uvicorn_worker.UvicornWorker"
except ImportError:
    worker_class = "uvicorn.workers.UvicornWorker"

# Workers inherit the arbiter's environment, so setting it here reaches every app process.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = os.path.join(tempfile.gettempdir(), "ops-center-metrics-%d" % os.getuid())
    # prometheus_client chose in-memory values when this package imported it, before the line
    # above; choose again, or the forked workers would not write the files a scrape merges.
    values.ValueClass = values.get_value_class()


def wipe_multiproc_dir(path: str, log) -> int:
    """Empties (or creates) the directory; only prometheus_client's *.db files are removed.
    Returns how many there were."""
    os.makedirs(path, exist_ok=True)
    stale = glob.glob(os.path.join(path, "*.db"))
    if stale:
        log.warning("PROMETHEUS_MULTIPROC_DIR=%s held %d metric files from an earlier run; removed them "
                    "(their counts would otherwise be added to this run's)", path, len(stale))
    for f in stale:
        os.remove(f)
    others = os.listdir(path)
    if others:
        log.warning("PROMETHEUS_MULTIPROC_DIR=%s also holds %d files that are not metric files (%s); "
                    "use a directory of its own", path, len(others), ", ".join(sorted(others)[:3]))
    return len(stale)


def on_starting(server):
    wipe_multiproc_dir(os.environ["PROMETHEUS_MULTIPROC_DIR"], server.log)


def child_exit(server, worker):
    multiprocess.mark_process_dead(worker.pid)
