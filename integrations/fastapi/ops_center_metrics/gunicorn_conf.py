"""Gunicorn settings for an app using ops_center_metrics with several workers:

    gunicorn -c python:ops_center_metrics.gunicorn_conf -w 4 -b 0.0.0.0:8084 server:app

(or `-c gunicorn.conf.py`, the copy of this in integrations/fastapi/). Loaded by gunicorn, it
gives the server a PROMETHEUS_MULTIPROC_DIR of its own when none is set
($TMPDIR/ops-center-metrics-<uid>/<server pid>, removed when the server exits), holds a lock on
the folder for the server's life (a second server given the same folder stops, naming the
first), empties it when the server starts (counts a dead earlier run left would otherwise be
added to this one's), and removes a dead worker's live gauges when it exits.

Imported anywhere but in gunicorn's config loader it changes nothing: no environment variable,
no file-backed values.
"""
import fcntl
import glob
import os
import shutil
import sys
import tempfile

from prometheus_client import multiprocess, values

try:  # uvicorn >= 0.30 moved its gunicorn worker to the uvicorn-worker package
    import uvicorn_worker  # noqa: F401

    worker_class = "uvicorn_worker.UvicornWorker"
except ImportError:
    worker_class = "uvicorn.workers.UvicornWorker"

LOCK = ".ops-center-server.lock"

# The folder this server chose for itself (removed on exit), and its lock's file.
_own_dir = None
_lock_file = None


def _parent() -> str:
    return os.path.join(tempfile.gettempdir(), "ops-center-metrics-%d" % os.getuid())


def _try_lock(path: str):
    """The folder's lock file, held; None when another live process holds it."""
    f = open(os.path.join(path, LOCK), "a+")
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        f.seek(0)
        holder = f.read().strip() or "unknown"
        f.close()
        return None, holder
    f.seek(0)
    f.truncate()
    f.write(str(os.getpid()))
    f.flush()
    return f, None


def _remove_dead_servers(parent: str):
    """Folders of servers that died without their on_exit (SIGKILL): their lock is free."""
    for d in glob.glob(os.path.join(parent, "*")):
        if not os.path.isdir(d):
            continue
        held, _ = _try_lock(d)
        if held is not None:
            shutil.rmtree(d, ignore_errors=True)
            held.close()


def claim_multiproc_dir():
    """Chooses (when unset) and locks this server's folder; stops the server when another one
    holds it. Run at config load: before the workers fork, and before --preload imports the app."""
    global _own_dir, _lock_file
    path = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not path:
        parent = _parent()
        os.makedirs(parent, mode=0o700, exist_ok=True)
        _remove_dead_servers(parent)
        path = _own_dir = os.path.join(parent, str(os.getpid()))
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = path
    os.makedirs(path, exist_ok=True)
    _lock_file, holder = _try_lock(path)
    if _lock_file is None:
        raise SystemExit(
            f"PROMETHEUS_MULTIPROC_DIR={path} is in use by another running server (pid {holder}): two "
            f"servers on one folder add up each other's counts, and this one's start would wipe the "
            f"other's. Give each server its own folder, or unset PROMETHEUS_MULTIPROC_DIR and each "
            f"gets {_parent()}/<its pid>.")
    # prometheus_client chose in-memory values when this package imported it, before the
    # folder was known; choose again, or the forked workers would not write the files a
    # scrape merges.
    values.ValueClass = values.get_value_class()
    return path


def wipe_multiproc_dir(path: str, log) -> int:
    """Removes prometheus_client's *.db files an earlier run left in the directory, not this
    process's own (a --preload app's, written before on_starting). Returns how many it removed."""
    os.makedirs(path, exist_ok=True)
    mine = "_%d.db" % os.getpid()
    stale = [f for f in glob.glob(os.path.join(path, "*.db")) if not f.endswith(mine)]
    if stale:
        log.warning("PROMETHEUS_MULTIPROC_DIR=%s held %d metric files from an earlier run; removed them "
                    "(their counts would otherwise be added to this run's)", path, len(stale))
    for f in stale:
        os.remove(f)
    others = [n for n in os.listdir(path) if not n.endswith(".db") and n != LOCK]
    if others:
        log.warning("PROMETHEUS_MULTIPROC_DIR=%s also holds %d files that are not metric files (%s); "
                    "use a directory of its own", path, len(others), ", ".join(sorted(others)[:3]))
    return len(stale)


def on_starting(server):
    wipe_multiproc_dir(os.environ["PROMETHEUS_MULTIPROC_DIR"], server.log)


def child_exit(server, worker):
    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    if _own_dir is not None:
        shutil.rmtree(_own_dir, ignore_errors=True)


# Gunicorn's config loader has imported its application base by now; anything else that
# imports this module (a test, a linter, the app itself) gets the hooks and nothing more.
if "gunicorn.app.base" in sys.modules:
    claim_multiproc_dir()
