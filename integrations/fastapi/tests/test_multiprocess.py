"""PROMETHEUS_MULTIPROC_DIR: real uvicorn worker processes on 127.0.0.1, one merged /metrics."""
import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from prometheus_client.parser import text_string_to_metric_families

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(mpdir, port, workers=1):
    env = dict(os.environ, PROMETHEUS_MULTIPROC_DIR=str(mpdir))
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "mp_app:app", "--app-dir", HERE, "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(workers), "--no-access-log", "--log-level", "warning"],
        env=env, start_new_session=True)
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    stop(proc)
    raise RuntimeError("uvicorn did not come up")


def stop(proc):
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def pid_requests(port):
    """Counted requests to /api/v1/pid as reported by this server's /metrics."""
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    for fam in text_string_to_metric_families(text):
        if fam.name == "ops_center_api_requests":
            return sum(s.value for s in fam.samples
                       if s.name.endswith("_total") and s.labels["endpoint"] == "/api/v1/pid")
    return 0


def hit(port, n):
    # A new connection per request, so the kernel can hand it to any worker. One client: each new
    # httpx client builds an SSL context, which costs more than the request itself.
    with httpx.Client(headers={"Connection": "close"}, timeout=5) as client:
        def one(_):
            return client.get(f"http://127.0.0.1:{port}/api/v1/pid").json()["pid"]
        with ThreadPoolExecutor(8) as pool:
            return set(pool.map(one, range(n)))


def test_uvicorn_two_workers_report_all_requests(tmp_path):
    port = free_port()
    proc = serve(tmp_path, port, workers=2)
    try:
        pids = hit(port, 200)
        assert pid_requests(port) == 200
        print(f"requests answered by {len(pids)} worker pid(s)")
    finally:
        stop(proc)


def test_separate_processes_share_one_view(tmp_path):
    """Deterministic version: two servers on one directory each report the other's requests."""
    a, b = free_port(), free_port()
    pa, pb = serve(tmp_path, a), serve(tmp_path, b)
    try:
        assert hit(a, 30) != hit(b, 20)  # two different processes answered
        assert pid_requests(a) == 50
        assert pid_requests(b) == 50
    finally:
        stop(pa)
        stop(pb)
