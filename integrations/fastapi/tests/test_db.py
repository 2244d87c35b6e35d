"""DB query metrics: context manager, SQLAlchemy hooks (on SQLite) and the asyncpg wrapper."""
import pytest
from sqlalchemy import create_engine, text

from conftest import samples, value
from ops_center_metrics.metrics_exporter import TrackedAsyncpg, instrument_sqlalchemy, track_query


def L(**kw):
    return frozenset(kw.items())


def test_track_query_counts_success_and_error(metrics):
    with track_query("SELECT 1", metrics):
        pass
    with track_query("update", metrics):
        pass
    with pytest.raises(RuntimeError):
        with track_query("  (select * from t)", metrics):
            raise RuntimeError("connection lost")
    assert samples(metrics, "ops_center_db_queries_total") == {
        L(operation="select", status="success"): 1.0,
        L(operation="update", status="success"): 1.0,
        L(operation="select", status="error"): 1.0,
    }
    assert value(metrics, "ops_center_db_query_duration_seconds_count", operation="select") == 2.0


def test_sqlalchemy_hooks(metrics):
    engine = instrument_sqlalchemy(create_engine("sqlite://"), metrics)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE domains (id INTEGER PRIMARY KEY, name TEXT)"))
        conn.execute(text("INSERT INTO domains (name) VALUES ('a.example'), ('b.example')"))
        conn.execute(text("UPDATE domains SET name = 'c.example' WHERE id = 1"))
        assert conn.execute(text("SELECT count(*) FROM domains")).scalar() == 2
        conn.execute(text("DELETE FROM domains WHERE id = 2"))
    with pytest.raises(Exception):
        with engine.connect() as conn:
            conn.execute(text("SELECT * FROM no_such_table"))
    assert samples(metrics, "ops_center_db_queries_total") == {
        L(operation="other", status="success"): 1.0,  # CREATE TABLE
        L(operation="insert", status="success"): 1.0,
        L(operation="update", status="success"): 1.0,
        L(operation="select", status="success"): 1.0,
        L(operation="delete", status="success"): 1.0,
        L(operation="select", status="error"): 1.0,
    }
    # All of these are fast: every observation is under the 1 s "slow query" bucket.
    total = sum(samples(metrics, "ops_center_db_query_duration_seconds_count").values())
    fast = sum(v for k, v in samples(metrics, "ops_center_db_query_duration_seconds_bucket").items()
               if dict(k)["le"] == "1.0")
    assert total == fast == 6.0


class FakeConnection:
    """Stands in for asyncpg.Connection: same method names, no server."""

    async def fetch(self, query, *args):
        return [{"id": a} for a in args]

    async def execute(self, query, *args):
        if "broken" in query:
            raise ValueError("syntax error")
        return "INSERT 0 1"

    def is_closed(self):
        return False


@pytest.mark.anyio
async def test_asyncpg_wrapper(metrics):
    db = TrackedAsyncpg(FakeConnection(), metrics)
    assert await db.fetch("SELECT id FROM domains WHERE id = $1", 7) == [{"id": 7}]
    assert await db.execute("INSERT INTO domains VALUES ($1)", 1) == "INSERT 0 1"
    with pytest.raises(ValueError):
        await db.execute("DELETE broken")
    assert db.is_closed() is False  # non-query attributes pass through untouched
    assert samples(metrics, "ops_center_db_queries_total") == {
        L(operation="select", status="success"): 1.0,
        L(operation="insert", status="success"): 1.0,
        L(operation="delete", status="error"): 1.0,
    }


@pytest.fixture(scope="module")
def pg_dsn():
    pytest.importorskip("asyncpg", reason="asyncpg is in the latest set only (requirements-latest.in)")
    from pg import Cluster

    cluster = Cluster()
    try:
        yield cluster.start()
    finally:
        cluster.stop()


@pytest.mark.anyio
async def test_asyncpg_pool_and_acquired_connections(metrics, pg_dsn):
    """Against a real PostgreSQL: queries on the pool, on `async with pool.acquire()` and on
    `await pool.acquire()` connections are all counted; release() takes the tracked one back."""
    import asyncpg
    pool = TrackedAsyncpg(await asyncpg.create_pool(pg_dsn, min_size=1, max_size=2), metrics)
    try:
        assert await pool.fetchval("SELECT 1") == 1
        async with pool.acquire() as conn:
            await conn.execute("CREATE TEMP TABLE t (id int)")
            await conn.execute("INSERT INTO t VALUES (1), (2)")
            assert len(await conn.fetch("SELECT id FROM t")) == 2
            with pytest.raises(asyncpg.PostgresError):
                await conn.execute("DELETE FROM no_such_table")
        conn = await pool.acquire()
        assert dict(await conn.fetchrow("SELECT 2 AS two")) == {"two": 2}
        await pool.release(conn)
    finally:
        pool.terminate()  # close() would wait for a connection a failed assertion left acquired
    assert samples(metrics, "ops_center_db_queries_total") == {
        L(operation="select", status="success"): 3.0,
        L(operation="other", status="success"): 1.0,
        L(operation="insert", status="success"): 1.0,
        L(operation="delete", status="error"): 1.0,
    }
