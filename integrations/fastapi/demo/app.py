"""Demo Ops-Center backend for the local stack (container ops-center-direct, port 8084).

Env: DATABASE_URL, DATABASE_PASSWORD_FILE (optional), REDIS_URL, DEMO_LOAD (1/0),
DEMO_LOAD_RPS (default 5), DEMO_SIMULATE (1/0, defaults to DEMO_LOAD).
"""
import asyncio
import logging
import os
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from ops_center_metrics.metrics_exporter import instrument

from .api import api_router
from .backends import Backends
from .control import DemoState, QuietFaults, control_router
from .load import LoadGenerator, login_failures
from .resource_monitor import ProcResourceMonitor
from .simulate import Simulator

log = logging.getLogger("demo")


def _flag(name: str, default: str) -> bool:
    return os.environ.get(name, default).strip().lower() not in ("0", "false", "no", "off", "")


def create_app(metrics=None, backends=None, connect=True, load=None, simulate=None) -> FastAPI:
    """connect/load/simulate default from the environment; tests pass fakes and switch them off."""
    load = _flag("DEMO_LOAD", "1") if load is None else load
    simulate = _flag("DEMO_SIMULATE", "1" if load else "0") if simulate is None else simulate
    state = DemoState()
    tasks = []

    @asynccontextmanager
    async def lifespan(app):
        if connect:
            tasks.append(asyncio.create_task(app.state.backends.connect_forever()))
        tasks.append(asyncio.create_task(login_failures(app, state)))
        if load:
            tasks.append(asyncio.create_task(LoadGenerator(app, float(os.environ.get("DEMO_LOAD_RPS", "5"))).run()))
        if simulate:
            tasks.append(asyncio.create_task(Simulator(app.state.metrics).run()))
        yield
        for t in tasks:
            t.cancel()

    app = FastAPI(title="Ops-Center demo backend", lifespan=lifespan)
    m = instrument(app, metrics=metrics, resource_monitor=ProcResourceMonitor(), in_progress=True, sizes=True)
    app.state.metrics = m
    app.state.backends = backends or Backends(m)
    app.state.demo = state
    app.include_router(control_router(state))
    app.include_router(api_router(state, app.state.backends, m))

    @app.get("/health")
    async def health():
        status = await app.state.backends.health()
        ok = all(v == "ok" for v in status.values())
        return JSONResponse({"status": "ok" if ok else "degraded", **status}, status_code=200 if ok else 503)

    return app


def main_app() -> FastAPI:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("uvicorn.error").addFilter(QuietFaults())
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per in-process request otherwise
    return create_app()
