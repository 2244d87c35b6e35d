"""The package as a user gets it: built into a wheel, installed with pip into a fresh target, and
imported from there (not from this checkout); its declared ranges admit both tested sets; and the
copy-the-folder way still works."""
import os
import shutil
import subprocess
import sys
import tomllib

from packaging.requirements import Requirement

PKG = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
USE = """
import ops_center_metrics, sys
from fastapi import FastAPI
from fastapi.testclient import TestClient
from ops_center_metrics import instrument
app = FastAPI()
instrument(app)
@app.get("/ping")
def ping():
    return "pong"
with TestClient(app) as c:
    assert c.get("/ping").json() == "pong"
    text = c.get("/metrics").text
assert 'ops_center_api_requests_total{endpoint="/ping",method="GET",status_code="200"} 1.0' in text, text
print(ops_center_metrics.__file__)
"""


def source_copy(tmp_path):
    """The package source without build leftovers (builds write into the source folder)."""
    src = tmp_path / "src"
    shutil.copytree(os.path.join(PKG, "ops_center_metrics"), src / "ops_center_metrics",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(os.path.join(PKG, name), src / name)
    return src


def run_outside(tmp_path, pythonpath):
    """Runs USE in a directory away from this checkout, with only `pythonpath` added."""
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    out = subprocess.run([sys.executable, "-c", USE], cwd=tmp_path, env=env, check=True,
                         capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]


def test_wheel_builds_and_installs(tmp_path):
    src = source_copy(tmp_path)
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path / "dist"),
                    str(src)], check=True, capture_output=True)
    wheels = list((tmp_path / "dist").glob("ops_center_metrics-*-py3-none-any.whl"))
    assert len(wheels) == 1
    # Installing it the guide's way is tests/test_guide.py's test_pip_block; here the wheel itself.
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
                    "--target", str(tmp_path / "site"), str(wheels[0])], check=True)
    assert run_outside(tmp_path, tmp_path / "site").startswith(str(tmp_path / "site"))


def test_copied_folder_still_works(tmp_path):
    backend = tmp_path / "backend"
    shutil.copytree(os.path.join(PKG, "ops_center_metrics"), backend / "ops_center_metrics")
    assert run_outside(tmp_path, backend).startswith(str(backend))
    # The file the spec names, as the one line the guide gives, is the same module.
    (backend / "metrics_exporter.py").write_text("from ops_center_metrics.metrics_exporter import *\n")
    out = subprocess.run([sys.executable, "-c", "import metrics_exporter; print(metrics_exporter.instrument.__module__)"],
                         cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(backend)), check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == "ops_center_metrics.metrics_exporter"


def pins(path):
    out = {}
    with open(os.path.join(PKG, path)) as fh:
        for line in fh:
            line = line.split("#")[0].strip().rstrip("\\").strip()
            if "==" in line:
                name, version = line.split("==")
                out[name.lower().replace("_", "-")] = version
    return out


def test_declared_ranges_admit_both_tested_sets():
    with open(os.path.join(PKG, "pyproject.toml"), "rb") as fh:
        deps = [Requirement(d) for d in tomllib.load(fh)["project"]["dependencies"]]
    assert {d.name for d in deps} == {"fastapi", "starlette", "prometheus-client"}
    for tested in (pins("requirements.txt"), pins("requirements-latest.txt")):
        for d in deps:
            assert d.specifier.contains(tested[d.name]), (d, tested[d.name])
    assert pins("requirements.txt")["prometheus-client"] == "0.19.0"  # the spec's pin
    assert "prometheus-fastapi-instrumentator" not in pins("requirements.txt")


def test_build_requirements_hold_in_this_venv():
    """The guide's pip test builds without isolation (offline): this venv's setuptools must meet
    the declared build requirement, which is the one that builds wheels on its own."""
    from importlib.metadata import version

    with open(os.path.join(PKG, "pyproject.toml"), "rb") as fh:
        build = [Requirement(r) for r in tomllib.load(fh)["build-system"]["requires"]]
    for r in build:
        assert r.specifier.contains(version(r.name)), f"this venv has {r.name} {version(r.name)}, the build needs {r}"
    setuptools = next(r for r in build if r.name == "setuptools")
    assert not setuptools.specifier.contains("70.0"), "setuptools < 70.1 cannot build a wheel without the wheel package"


def test_gunicorn_extra_brings_the_worker_the_config_picks():
    with open(os.path.join(PKG, "pyproject.toml"), "rb") as fh:
        extra = {Requirement(r).name for r in tomllib.load(fh)["project"]["optional-dependencies"]["gunicorn"]}
    assert {"gunicorn", "uvicorn", "uvicorn-worker"} <= extra
    assert "uvicorn-worker" in pins("requirements-latest.txt")  # and the latest set runs that worker
