"""gunicorn.conf.py under real gunicorn with uvicorn workers on 127.0.0.1: a SIGKILLed worker is
replaced, the server keeps serving, counters keep the dead worker's requests, its live gauge
share goes away (child_exit), and a stale metrics directory is wiped with a warning.
XDG_RUNTIME_DIR: gunicorn 27 puts its control socket there, else in $HOME, shared by all runs."""
import os
import signal
import subprocess
import sys
import time

import httpx
from prometheus_client.parser import text_string_to_metric_families

from test_multiprocess import HERE, free_port, hit, pid_requests, stop

PKG = os.path.dirname(HERE)
STALE = """
from ops_center_metrics.metrics_exporter import OpsCenterMetrics
m = OpsCenterMetrics()
for _ in range(1000):
    m.api_requests.labels("/api/v1/pid", "GET", "200").inc()
"""


def gauge(port, name):
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    for fam in text_string_to_metric_families(text):
        if fam.name == name:
            return sum(s.value for s in fam.samples)
    return None


def until(what, check, seconds=30):
    """Polls check() (bounded in time) until it returns something truthy."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            got = check()
            if got:
                return got
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"timed out after {seconds}s waiting for {what}")


def test_worker_killed_server_keeps_serving_and_totals(tmp_path):
    mpdir = tmp_path / "mp"
    mpdir.mkdir()
    env = dict(os.environ, PROMETHEUS_MULTIPROC_DIR=str(mpdir), PYTHONPATH=PKG, XDG_RUNTIME_DIR=str(tmp_path))
    # A previous run's 1,000 requests: must be wiped, not added to this run's totals.
    subprocess.run([sys.executable, "-c", STALE], env=env, check=True)
    stale = len(list(mpdir.glob("*.db")))
    assert stale >= 1
    port = free_port()
    log = tmp_path / "gunicorn.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", os.path.join(PKG, "gunicorn.conf.py"), "-w", "2",
             "-b", f"127.0.0.1:{port}", "--pythonpath", HERE, "mp_app:app"],
            cwd=PKG, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        until("gunicorn to answer", lambda: httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=1).status_code == 200)
        assert f"held {stale} metric files from an earlier run" in log.read_text()
        victim = httpx.post(f"http://127.0.0.1:{port}/api/v1/migrations", timeout=5).json()["pid"]
        hit(port, 100)
        assert pid_requests(port) == 100
        assert gauge(port, "ops_center_migration_jobs_active") == 1

        os.kill(victim, signal.SIGKILL)
        answered = []

        def new_worker():
            pid = httpx.get(f"http://127.0.0.1:{port}/api/v1/pid", headers={"Connection": "close"},
                            timeout=5).json()["pid"]
            answered.append(pid)
            return pid != victim

        # The arbiter survives (child_exit did not raise) and keeps answering.
        until("an answer after the kill", new_worker)
        assert victim not in answered
        hit(port, 50)
        assert proc.poll() is None, log.read_text()
        # The dead worker's requests stay in its counter file: nothing is lost.
        assert pid_requests(port) == 100 + len(answered) + 50
        assert gauge(port, "ops_center_migration_jobs_active") == 0
        assert "Traceback" not in log.read_text(), log.read_text()
    finally:
        stop(proc)


def test_default_multiproc_dir_when_unset(tmp_path):
    """Without PROMETHEUS_MULTIPROC_DIR the config picks $TMPDIR/ops-center-metrics-<uid>, and the
    workers really write there: a scrape reports both workers' requests."""
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    env.update(TMPDIR=str(tmp_path), PYTHONPATH=PKG, XDG_RUNTIME_DIR=str(tmp_path))
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", os.path.join(PKG, "gunicorn.conf.py"), "-w", "2",
         "-b", f"127.0.0.1:{port}", "--pythonpath", HERE, "mp_app:app"],
        cwd=PKG, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        until("gunicorn to answer", lambda: httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=1).status_code == 200)
        hit(port, 60)
        assert pid_requests(port) == 60
        assert list((tmp_path / f"ops-center-metrics-{os.getuid()}").glob("counter_*.db"))
    finally:
        stop(proc)
