"""gunicorn.conf.py under real gunicorn with uvicorn workers on 127.0.0.1: a SIGKILLed worker is
replaced, the server keeps serving, counters keep the dead worker's requests, its live gauge
share goes away (child_exit), and a stale metrics directory is wiped with a warning. Two servers
on one host keep their own counts; a folder in use stops the second; --preload warns of nothing;
importing the config outside gunicorn changes nothing.
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
CONF = os.path.join(PKG, "gunicorn.conf.py")
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
    proc = gunicorn(env, port, log)
    try:
        answers(port)
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


def gunicorn(env, port, log, *extra):
    """A real gunicorn with the config and two uvicorn workers, its output in `log`."""
    with open(log, "w") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", CONF, "-w", "2", "-b", f"127.0.0.1:{port}",
             "--pythonpath", HERE, *extra, "mp_app:app"],
            cwd=PKG, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def answers(port):
    until("gunicorn to answer", lambda: httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=1).status_code == 200)


def unset_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    env.update(TMPDIR=str(tmp_path), PYTHONPATH=PKG, XDG_RUNTIME_DIR=str(tmp_path))
    return env


def test_default_multiproc_dir_when_unset(tmp_path):
    """Without PROMETHEUS_MULTIPROC_DIR the server takes $TMPDIR/ops-center-metrics-<uid>/<its pid>,
    the workers really write there (a scrape reports both workers' requests), and it goes when
    the server exits."""
    port = free_port()
    proc = gunicorn(unset_env(tmp_path), port, tmp_path / "gunicorn.log")
    parent = tmp_path / f"ops-center-metrics-{os.getuid()}"
    try:
        answers(port)
        hit(port, 60)
        assert pid_requests(port) == 60
        assert list((parent / str(proc.pid)).glob("counter_*.db"))
    finally:
        stop(proc)
    assert list(parent.iterdir()) == []


def test_two_servers_on_one_host_keep_their_own_counts(tmp_path):
    env = unset_env(tmp_path)
    ports = free_port(), free_port()
    logs = tmp_path / "a.log", tmp_path / "b.log"
    a = gunicorn(env, ports[0], logs[0])
    try:
        answers(ports[0])
        hit(ports[0], 100)
        b = gunicorn(env, ports[1], logs[1])
        try:
            answers(ports[1])
            assert pid_requests(ports[0]) == 100  # B's start left A's files alone
            hit(ports[0], 50)
            hit(ports[1], 7)
            assert (pid_requests(ports[0]), pid_requests(ports[1])) == (150, 7)
        finally:
            stop(b)
    finally:
        stop(a)
    for log in logs:
        assert "earlier run" not in log.read_text(), log.read_text()


def test_a_second_server_on_a_folder_in_use_stops_naming_the_first(tmp_path):
    mpdir = tmp_path / "shared"
    env = dict(unset_env(tmp_path), PROMETHEUS_MULTIPROC_DIR=str(mpdir))
    ports = free_port(), free_port()
    a = gunicorn(env, ports[0], tmp_path / "a.log")
    try:
        answers(ports[0])
        hit(ports[0], 20)
        b = gunicorn(env, ports[1], tmp_path / "b.log")
        try:
            assert b.wait(30) != 0
        finally:
            if b.poll() is None:
                stop(b)
        said = (tmp_path / "b.log").read_text()
        assert f"PROMETHEUS_MULTIPROC_DIR={mpdir} is in use by another running server (pid {a.pid})" in said, said
        assert "Give each server its own folder" in said
        assert pid_requests(ports[0]) == 20
    finally:
        stop(a)


def test_preload_warns_of_no_earlier_run(tmp_path):
    """--preload imports the app in the arbiter, whose metrics write files before on_starting:
    they are this run's, not an earlier one's."""
    port = free_port()
    log = tmp_path / "gunicorn.log"
    env = dict(unset_env(tmp_path), PROMETHEUS_MULTIPROC_DIR=str(tmp_path / "mp"))
    proc = gunicorn(env, port, log, "--preload")
    try:
        answers(port)
        hit(port, 10)
        assert pid_requests(port) == 10
    finally:
        stop(proc)
    assert list((tmp_path / "mp").glob(f"*_{proc.pid}.db")), "the preloaded app wrote no files: nothing tested"
    assert "earlier run" not in log.read_text(), log.read_text()


def test_importing_the_config_outside_gunicorn_changes_nothing(tmp_path):
    code = ("import os; from prometheus_client import values; import ops_center_metrics.gunicorn_conf; "
            "print(os.environ.get('PROMETHEUS_MULTIPROC_DIR'), values.ValueClass is values.MutexValue)")
    out = subprocess.run([sys.executable, "-c", code], env=unset_env(tmp_path), capture_output=True, text=True,
                         timeout=30)
    assert out.stdout.split() == ["None", "True"], out
    assert not (tmp_path / f"ops-center-metrics-{os.getuid()}").exists()
