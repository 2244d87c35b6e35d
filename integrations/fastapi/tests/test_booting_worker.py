"""A scrape that lands while a gunicorn worker is booting: its multiprocess file exists but is
still empty. The merge must skip it, not answer 500 (seen in the gunicorn guide test under load:
struct.error from prometheus_client reading the empty file)."""
import os
import subprocess
import sys

from prometheus_client import CollectorRegistry

from ops_center_metrics.router import render


def test_an_empty_worker_file_does_not_fail_the_scrape(tmp_path, monkeypatch):
    env = dict(os.environ, PROMETHEUS_MULTIPROC_DIR=str(tmp_path))
    # A real worker's file, written by prometheus_client in its own process.
    subprocess.run([sys.executable, "-c", "from prometheus_client import Counter; Counter('settled_total', 'h').inc(3)"],
                   env=env, check=True)
    (tmp_path / "counter_424242.db").write_bytes(b"")  # a worker that has only just opened its file
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    text = render(CollectorRegistry()).decode()
    assert "settled_total 3.0" in text
