"""Every code block of docs/FASTAPI_INTEGRATION.md is run: python blocks each in a fresh process
with the backend's objects (guide_block.py), the pip command into a folder of its own, the
gunicorn command from a folder holding server.py, and the demo's curl commands against the demo
app on real uvicorn. A block no runner claims fails the test, so new snippets get a runner."""
import os
import re
import shutil
import signal
import subprocess
import sys

import httpx
import pytest

from served import served, until
from test_multiprocess import free_port

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(PKG))
GUIDE = os.path.join(ROOT, "docs", "FASTAPI_INTEGRATION.md")

with open(GUIDE) as fh:
    BLOCKS = re.findall(r"^```(\w*)\n(.*?)^```", fh.read(), re.M | re.S)

# Which block each runner takes: (language, a line the block holds).
CLAIMS = {
    "pip": ("sh", "pip install ./integrations/fastapi"),
    "two_line": ("python", "instrument(app, resource_monitor=resource_monitor)\n"),
    "options": ("python", "latency=WITH_BACKGROUND"),
    "three_line": ("python", "app.include_router(metrics_router(resource_monitor=resource_monitor))"),
    "helpers": ("python", "instrument_sqlalchemy(engine)"),
    "gunicorn": ("sh", "gunicorn -c gunicorn.conf.py"),
    "demo": ("sh", "curl -X POST localhost:8084/demo/mode"),
}


def claimed(lang, code):
    return [k for k, (l, line) in CLAIMS.items() if l == lang and line in code
            and (k != "two_line" or len(code.strip().splitlines()) == 2)]


def block(kind):
    (code,) = [c for lang, c in BLOCKS if kind in claimed(lang, c)]
    return code


def test_every_block_has_exactly_one_runner():
    assert [claimed(lang, code) for lang, code in BLOCKS if len(claimed(lang, code)) != 1] == []
    assert sorted(k for lang, code in BLOCKS for k in claimed(lang, code)) == sorted(CLAIMS)


@pytest.mark.parametrize("kind", ["two_line", "options", "three_line", "helpers"])
def test_python_block(kind):
    out = subprocess.run([sys.executable, os.path.join(HERE, "guide_block.py"), kind], input=block(kind),
                         capture_output=True, text=True, cwd=HERE)
    assert out.returncode == 0 and out.stdout.strip().endswith("ok"), out.stderr


def test_pip_block(tmp_path):
    """The command as written, from the repository root. pip is pointed (by its environment) at a
    target folder, offline, without dependencies: this venv already holds them."""
    env = dict(os.environ, PIP_TARGET=str(tmp_path / "site"), PIP_NO_INDEX="1", PIP_NO_DEPS="1",
               PIP_NO_BUILD_ISOLATION="0", PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_QUIET="1",
               PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])
    work = tmp_path / "checkout"  # a copy: pip's build writes into the source folder
    shutil.copytree(PKG, work / "integrations" / "fastapi",
                    ignore=shutil.ignore_patterns("__pycache__", "tests", "demo", "bench", "build", "*.egg-info"))
    subprocess.run(["bash", "-euo", "pipefail", "-c", block("pip")], cwd=work, env=env, check=True)
    out = subprocess.run([sys.executable, "-c", "import ops_center_metrics; print(ops_center_metrics.__file__)"],
                         cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(tmp_path / "site")),
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith(str(tmp_path / "site"))


SERVER = """from fastapi import FastAPI

app = FastAPI()
resource_monitor = None


@app.get("/ping")
def ping():
    return "pong"


"""


def test_gunicorn_block(tmp_path):
    """server.py = a small app plus the guide's two lines; gunicorn.conf.py copied next to it."""
    (tmp_path / "server.py").write_text(SERVER + block("two_line"))
    shutil.copy(os.path.join(PKG, "gunicorn.conf.py"), tmp_path)
    port = free_port()
    cmd = block("gunicorn").strip().replace("0.0.0.0:8084", f"127.0.0.1:{port}")
    env = dict(os.environ, PYTHONPATH=PKG, PROMETHEUS_MULTIPROC_DIR=str(tmp_path / "mp"), XDG_RUNTIME_DIR=str(tmp_path),
               PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])
    proc = subprocess.Popen(["bash", "-c", "exec " + cmd], cwd=tmp_path, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def answers():
            try:
                return httpx.get(f"http://127.0.0.1:{port}/ping", timeout=1).status_code == 200
            except httpx.TransportError:
                return False
        until("gunicorn to answer", answers, seconds=30)
        text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        assert 'ops_center_api_requests_total{endpoint="/ping",method="GET",status_code="200"}' in text
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(15)


def test_demo_block(metrics):
    from demo.app import create_app
    from demo.backends import Backends
    from demo_fakes import FakePostgres, FakeRedis
    from ops_center_metrics.metrics_exporter import TrackedAsyncpg

    backends = Backends(metrics)
    backends.db, backends.redis = TrackedAsyncpg(FakePostgres(), metrics), FakeRedis()
    app = create_app(metrics=metrics, backends=backends, connect=False, load=False, simulate=False)
    with served(app) as port:
        script = block("demo").replace("localhost:8084", f"127.0.0.1:{port}")
        out = subprocess.run(["bash", "-euo", "pipefail", "-c", script.replace("curl ", "curl -fsS ")],
                             capture_output=True, text=True, check=True).stdout
        assert httpx.get(f"http://127.0.0.1:{port}/demo/mode").json()["error_rate"] == 0.0  # reset
    assert '"error_rate":0.5' in out and '"login_failures_per_minute":30' in out
