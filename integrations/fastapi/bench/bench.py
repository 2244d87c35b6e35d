"""Benchmark: the exporter's cost against the bare app and prometheus-fastapi-instrumentator's
defaults, in paired rounds, in process and over HTTP, plus /metrics render time. Prints the
markdown for one version set (scripts/bench-python.sh runs it in each venv).

Paired: every round measures the three apps back to back (order rotated), and the ratios are
taken within the round, so machine load that drifts between rounds cancels. Reported: the median
of the per-round ratios with its interquartile range; when that range is wider than the effect,
the verdict is "within noise".
- in process: ASGI calls straight into each app (no sockets): the instrumentation's own cost.
- HTTP: one uvicorn process per app on 127.0.0.1, a keep-alive client; the server process's CPU
  time per request (from /proc), which the client's own cost does not blur.
"""
import asyncio
import gzip
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, PKG)

import fastapi  # noqa: E402
import starlette  # noqa: E402
from importlib.metadata import version  # noqa: E402

import apps  # noqa: E402
from stats import describe, differs, verdict  # noqa: E402

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "2000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "9"))
# The exporter's added cost at most a quarter of prometheus-fastapi-instrumentator's (issue 28).
GOAL = 0.25
NAMES = ("bare", "exporter", "instrumentator")
TICK = os.sysconf("SC_CLK_TCK")


def rotated(i):
    return NAMES[i % 3:] + NAMES[:i % 3]


def ratios(rounds):
    """Per-round ratios: exporter/bare, instrumentator/bare, exporter overhead/instrumentator's."""
    ours = [r["exporter"] / r["bare"] for r in rounds]
    pfi = [r["instrumentator"] / r["bare"] for r in rounds]
    over = [(r["exporter"] - r["bare"]) / (r["instrumentator"] - r["bare"])
            for r in rounds if r["instrumentator"] != r["bare"]]
    return ours, pfi, over


# In process ------------------------------------------------------------------------------------

async def drive(app, n: int) -> float:
    """Seconds per request for n sequential GETs through the full ASGI stack."""
    started = 0

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        nonlocal started
        started += message["type"] == "http.response.start"

    t0 = time.perf_counter()
    for i in range(n):
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": f"/api/v1/domains/{i % 50}", "raw_path": b"", "root_path": "",
                 "query_string": b"", "headers": [(b"host", b"bench")], "client": ("127.0.0.1", 1),
                 "server": ("bench", 80), "app": None}
        await app(scope, receive, send)
    elapsed = time.perf_counter() - t0
    assert started == n
    return elapsed / n


async def in_process():
    candidates = {"bare": apps.bare, "exporter": apps.exporter, "instrumentator": apps.instrumentator}
    for app in candidates.values():
        await drive(app, 300)  # warm-up: builds the middleware stacks and label children
    rounds = []
    for i in range(ROUNDS):
        rounds.append({name: await drive(candidates[name], REQUESTS) for name in rotated(i)})
    return rounds


# Over HTTP -------------------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid) -> float:
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


class KeepAlive:
    """A minimal HTTP/1.1 keep-alive client: one socket, one request at a time."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.buf = b""

    def recv(self) -> bytes:
        data = self.sock.recv(65536)
        if not data:
            raise ConnectionError("the server closed the keep-alive connection")
        return data

    def get(self, path: str) -> int:
        self.sock.sendall(f"GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
        while b"\r\n\r\n" not in self.buf:
            self.buf += self.recv()
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length")))
        while len(self.buf) < length:
            self.buf += self.recv()
        self.buf = self.buf[length:]
        return int(head.split(b" ", 2)[1])


def serve(name):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", f"apps:{name}", "--app-dir", HERE, "--host",
                             "127.0.0.1", "--port", str(port), "--no-access-log", "--log-level", "warning",
                             # the idle servers wait while another app's round runs
                             "--timeout-keep-alive", "3600"])
    deadline = time.time() + 30
    while True:
        try:
            client = KeepAlive(port)
            assert client.get("/api/v1/domains/1") == 200
            return proc, client
        except OSError:
            if time.time() > deadline:
                proc.kill()
                raise
            time.sleep(0.1)


def over_http():
    servers = {name: serve(name) for name in NAMES}
    try:
        for _, client in servers.values():
            for i in range(500):
                client.get(f"/api/v1/domains/{i % 50}")
        cpu_rounds, wall_rounds = [], []
        for i in range(ROUNDS):
            cpu, wall = {}, {}
            for name in rotated(i):
                proc, client = servers[name]
                c0, t0 = cpu_seconds(proc.pid), time.perf_counter()
                for j in range(REQUESTS):
                    assert client.get(f"/api/v1/domains/{j % 50}") == 200
                wall[name] = (time.perf_counter() - t0) / REQUESTS
                cpu[name] = (cpu_seconds(proc.pid) - c0) / REQUESTS
            cpu_rounds.append(cpu)
            wall_rounds.append(wall)
        return cpu_rounds, wall_rounds
    finally:
        for proc, client in servers.values():
            client.sock.close()
            proc.terminate()
            proc.wait(10)


# /metrics render ---------------------------------------------------------------------------

FILL = """
import sys
sys.path.insert(0, sys.argv[2])
from ops_center_metrics.metrics_exporter import OpsCenterMetrics
m = OpsCenterMetrics()
for i in range(int(sys.argv[1])):
    m.api_requests.labels(f"/api/v1/resource{i // 20}/{{id}}", "GET", str(200 + i % 20)).inc()
"""


def timed(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        body = fn()
        times.append(time.perf_counter() - t0)
    return times, body


def render_single(series: int):
    from prometheus_client import CollectorRegistry
    from ops_center_metrics.metrics_exporter import OpsCenterMetrics, render
    m = OpsCenterMetrics(CollectorRegistry())
    for i in range(series):
        m.api_requests.labels(f"/api/v1/resource{i // 20}/{{id}}", "GET", str(200 + i % 20)).inc()
    times, body = timed(lambda: render(m.registry))
    assert body.count(b"\nops_center_api_requests_total{") == series
    return times


def render_four_workers(series: int, compress: bool = False):
    """4 worker processes each wrote the same `series` label sets; one scrape merges the files
    (and gzips it, as for Prometheus, when `compress`). Returns the times and the body's size."""
    from ops_center_metrics.metrics_exporter import render
    with tempfile.TemporaryDirectory() as d:
        env = dict(os.environ, PROMETHEUS_MULTIPROC_DIR=d)
        fills = [subprocess.Popen([sys.executable, "-c", FILL, str(series), PKG], env=env) for _ in range(4)]
        assert all(p.wait() == 0 for p in fills)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = d
        try:
            times, body = timed(lambda: render(None, compress))
        finally:
            del os.environ["PROMETHEUS_MULTIPROC_DIR"]
    text = gzip.decompress(body) if compress else body
    assert text.count(b"\nops_center_api_requests_total{") == series
    assert b'status_code="200"} 4.0' in text  # the four workers' counts summed
    return times, len(body)


def scrape_rows(series: int):
    """The scrape Prometheus gets from 4 workers, plain and gzipped: time and bytes sent."""
    ms = lambda xs: describe([x * 1e3 for x in xs], "{:.1f}") + " ms"  # noqa: E731
    rows = ["| 10,000 series, 4 workers' files, median (IQR) of 5 | render | body sent |", "|---|---|---|"]
    for name, compress in (("plain text (a scraper without gzip)", False), ("gzip (Prometheus)", True)):
        times, size = render_four_workers(series, compress)
        rows.append(f"| {name} | {ms(times)} | {size / 1024:,.0f} KiB |")
    return rows + [""]


# Report ----------------------------------------------------------------------------------------

def table(title, rounds, unit, scale):
    ours, pfi, over = ratios(rounds)
    med = {n: statistics.median(r[n] for r in rounds) for n in NAMES}
    lines = [f"**{title}**", "", f"| app | {unit} per request (median round) | vs bare, paired median (IQR) | overhead |",
             "|---|---|---|---|"]
    lines.append(f"| bare | {med['bare'] * scale:.1f} | 1.00 | — |")
    lines.append(f"| exporter | {med['exporter'] * scale:.1f} | {describe(ours)} | {differs(ours)} |")
    lines.append(f"| instrumentator | {med['instrumentator'] * scale:.1f} | {describe(pfi)} | {differs(pfi)} |")
    lines += ["", f"Exporter overhead / instrumentator overhead, paired: {describe(over)} — goal at most "
              f"{GOAL:.2f}: **{verdict(over, GOAL)}**.", ""]
    return lines


def main():
    inproc = asyncio.run(in_process())
    cpu, wall = over_http()
    ms = lambda xs: describe([x * 1e3 for x in xs], "{:.1f}") + " ms"  # noqa: E731
    out = [f"### fastapi {fastapi.__version__}, starlette {starlette.__version__}, "
           f"prometheus-client {version('prometheus-client')}, instrumentator "
           f"{version('prometheus-fastapi-instrumentator')}", ""]
    out += table(f"In process ({ROUNDS} rounds × {REQUESTS} ASGI requests per app)", inproc, "µs", 1e6)
    out += table(f"HTTP, server CPU ({ROUNDS} rounds × {REQUESTS} keep-alive requests per app, one uvicorn "
                 f"process each)", cpu, "µs CPU", 1e6)
    out += table("HTTP, client-seen latency (same requests)", wall, "µs", 1e6)
    out += ["| /metrics render, median (IQR) of 5 | 1,000 series | 10,000 series |", "|---|---|---|",
            f"| one process (`ops_center_*` without `_created`) | {ms(render_single(1000))} | "
            f"{ms(render_single(10000))} |",
            f"| `PROMETHEUS_MULTIPROC_DIR`, 4 workers' files | {ms(render_four_workers(1000)[0])} | "
            f"{ms(render_four_workers(10000)[0])} |", ""]
    out += scrape_rows(10000)
    print("\n".join(out))


if __name__ == "__main__":
    if sys.argv[1:] == ["--scrape"]:
        print("\n".join(scrape_rows(10000)))
    elif sys.argv[1:] == ["--header"]:
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs shared with other work (load average "
              f"{load} at the start), {time.strftime('%Y-%m-%d')}.")
    else:
        main()
