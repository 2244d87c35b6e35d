"""Fault injection for end-to-end tests: the /demo control API and the per-request fault hook."""
import asyncio
import logging
import random
from typing import Optional

from fastapi import APIRouter
from pydantic import BaseModel, Field


class SimulatedFault(Exception):
    """Raised on purpose when error_rate says so; reported as error_type="SimulatedFault"."""


class Mode(BaseModel):
    error_rate: float = Field(0.0, ge=0, le=1)
    latency_seconds: float = Field(0.0, ge=0, le=30)
    login_failures_per_minute: int = Field(0, ge=0, le=600)


class ModeUpdate(BaseModel):
    """POST body: only the fields given change."""
    error_rate: Optional[float] = Field(None, ge=0, le=1)
    latency_seconds: Optional[float] = Field(None, ge=0, le=30)
    login_failures_per_minute: Optional[int] = Field(None, ge=0, le=600)


class DemoState:
    def __init__(self):
        self.mode = Mode()
        self.rnd = random.Random()

    async def apply_faults(self, db=None):
        """Called at the start of each /api/v1 request: latency first (as a real slow query when
        a database is there, so the slow-query alert sees it too), then maybe an error."""
        m = self.mode
        if m.latency_seconds > 0:
            if db is not None:
                await db.execute("SELECT pg_sleep($1)", m.latency_seconds)
            else:
                await asyncio.sleep(m.latency_seconds)
        if m.error_rate > 0 and self.rnd.random() < m.error_rate:
            raise SimulatedFault("error injected by /demo/mode")


def control_router(state: DemoState) -> APIRouter:
    router = APIRouter(prefix="/demo", tags=["demo"])

    @router.get("/mode")
    def get_mode() -> Mode:
        return state.mode

    @router.post("/mode")
    def set_mode(update: ModeUpdate) -> Mode:
        state.mode = state.mode.model_copy(update=update.model_dump(exclude_none=True))
        logging.getLogger("demo").info("demo mode now %s", state.mode)
        return state.mode

    @router.post("/reset")
    def reset() -> Mode:
        state.mode = Mode()
        return state.mode

    return router


class QuietFaults(logging.Filter):
    """Injected faults would otherwise print a traceback per request into the container log."""

    def filter(self, record):
        return not (record.exc_info and isinstance(record.exc_info[1], SimulatedFault))
