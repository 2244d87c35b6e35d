"""PostgreSQL (asyncpg, wrapped for DB metrics) and Redis connections, opened in the background
so the server starts before its dependencies and /health reports 503 until they answer."""
import asyncio
import logging
import os
from typing import Optional

from ops_center_metrics.metrics_exporter import TrackedAsyncpg

log = logging.getLogger("demo")

SCHEMA = """
CREATE TABLE IF NOT EXISTS demo_domains (
    id SERIAL PRIMARY KEY,
    name TEXT UNIQUE NOT NULL,
    status TEXT NOT NULL DEFAULT 'active',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
)"""


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "postgresql://opscenter@unicorn-postgresql:5432/opscenter")


def database_password() -> Optional[str]:
    """A password file (Docker secret) wins over one embedded in DATABASE_URL."""
    path = os.environ.get("DATABASE_PASSWORD_FILE")
    if path:
        with open(path) as fh:
            return fh.read().strip()
    return None


async def open_postgres(metrics):
    import asyncpg

    kwargs = {"password": database_password()} if database_password() else {}
    pool = await asyncpg.create_pool(database_url(), min_size=1, max_size=5, timeout=5, command_timeout=40, **kwargs)
    db = TrackedAsyncpg(pool, metrics)
    await db.execute(SCHEMA)
    return db


async def open_redis():
    import redis.asyncio as redis

    client = redis.from_url(os.environ.get("REDIS_URL", "redis://unicorn-redis:6379/0"),
                            socket_timeout=3, socket_connect_timeout=3)
    await client.ping()
    return client


class Backends:
    def __init__(self, metrics, db=None, redis=None):
        self.metrics = metrics
        self.db = db
        self.redis = redis

    async def connect_forever(self):
        """Retries every 3 s until both are connected (the stack may start us first)."""
        while self.db is None or self.redis is None:
            try:
                if self.db is None:
                    self.db = await open_postgres(self.metrics)
                    log.info("connected to PostgreSQL")
                if self.redis is None:
                    self.redis = await open_redis()
                    log.info("connected to Redis")
            except Exception as exc:  # keep serving /health (503) while waiting
                log.warning("backend not reachable yet: %s", exc)
                await asyncio.sleep(3)

    async def health(self):
        status = {"database": "down", "redis": "down"}
        if self.db is not None:
            try:
                await asyncio.wait_for(self.db.fetchval("SELECT 1"), 2)
                status["database"] = "ok"
            except Exception:
                pass
        if self.redis is not None:
            try:
                await asyncio.wait_for(self.redis.ping(), 2)
                status["redis"] = "ok"
            except Exception:
                pass
        return status
