"""Database query metrics: a context manager, SQLAlchemy engine hooks and an asyncpg wrapper."""
import time
from contextlib import contextmanager
from typing import Optional

from .metrics import OpsCenterMetrics, default_metrics

OPERATIONS = ("select", "insert", "update", "delete")


def classify(sql_or_operation: str) -> str:
    """First SQL keyword -> select/insert/update/delete/other (an operation name passes through)."""
    head = sql_or_operation.lstrip(" \t\r\n(").split(None, 1)
    word = head[0].lower() if head else ""
    return word if word in OPERATIONS else "other"


def observe(metrics: OpsCenterMetrics, operation: str, ok: bool, seconds: float):
    metrics.db_queries.labels(operation, "success" if ok else "error").inc()
    metrics.db_duration.labels(operation).observe(seconds)


@contextmanager
def track_query(sql_or_operation: str, metrics: Optional[OpsCenterMetrics] = None):
    """`with track_query("select"): rows = cur.fetchall()`; an exception counts as status=error."""
    m = metrics or default_metrics()
    op = classify(sql_or_operation)
    t0 = time.perf_counter()
    try:
        yield op
    except BaseException:
        observe(m, op, False, time.perf_counter() - t0)
        raise
    observe(m, op, True, time.perf_counter() - t0)


def instrument_sqlalchemy(engine, metrics: Optional[OpsCenterMetrics] = None):
    """Hooks a SQLAlchemy Engine (for an AsyncEngine pass `.sync_engine`): every cursor execution
    is counted and timed, failures via the handle_error event."""
    from sqlalchemy import event

    m = metrics or default_metrics()

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany):
        conn.info.setdefault("ops_center_t0", []).append(time.perf_counter())

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn, cursor, statement, parameters, context, executemany):
        observe(m, classify(statement), True, time.perf_counter() - conn.info["ops_center_t0"].pop())

    @event.listens_for(engine, "handle_error")
    def _error(ctx):
        stack = ctx.connection.info.get("ops_center_t0") if ctx.connection is not None else None
        if stack:
            observe(m, classify(ctx.statement or ""), False, time.perf_counter() - stack.pop())

    return engine


class _TrackedAcquire:
    """Pool.acquire()'s result, both ways asyncpg allows: `async with pool.acquire() as conn`
    and `conn = await pool.acquire()` give a tracked connection."""

    def __init__(self, acquiring, metrics: Optional[OpsCenterMetrics]):
        self._acquiring = acquiring
        self._metrics = metrics

    async def __aenter__(self):
        return TrackedAsyncpg(await self._acquiring.__aenter__(), self._metrics)

    async def __aexit__(self, *exc):
        return await self._acquiring.__aexit__(*exc)

    def __await__(self):
        return self._tracked().__await__()

    async def _tracked(self):
        return TrackedAsyncpg(await self._acquiring, self._metrics)


class TrackedAsyncpg:
    """Wraps an asyncpg Pool or Connection; the query methods are counted and timed, also on
    connections from `pool.acquire()`; anything else is passed through.
    `db = TrackedAsyncpg(await asyncpg.create_pool(dsn))`."""

    _QUERY_METHODS = ("execute", "executemany", "fetch", "fetchrow", "fetchval")

    def __init__(self, target, metrics: Optional[OpsCenterMetrics] = None):
        self._target = target
        self._metrics = metrics

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if name == "acquire":
            return lambda *args, **kwargs: _TrackedAcquire(attr(*args, **kwargs), self._metrics)
        if name == "release":  # the pool takes back the connection it gave, not the wrapper
            return lambda conn, *args, **kwargs: attr(getattr(conn, "_target", conn), *args, **kwargs)
        if name not in self._QUERY_METHODS:
            return attr

        async def tracked(query, *args, **kwargs):
            with track_query(query, self._metrics):
                return await attr(query, *args, **kwargs)

        return tracked
