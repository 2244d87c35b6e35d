"""In-memory stand-ins for asyncpg and redis.asyncio, covering exactly the calls the demo makes,
so the demo app runs in tests without servers (the image runs it against the real ones)."""
import asyncio


class FakePostgres:
    def __init__(self):
        self.rows = {}  # id -> {"id", "name", "status"}
        self.next_id = 1
        self.sleeps = []

    async def execute(self, q, *a):
        if q.startswith("SELECT pg_sleep"):
            self.sleeps.append(a[0])
            await asyncio.sleep(a[0])
        elif q.startswith("DELETE FROM demo_domains WHERE id <="):
            self.rows = {k: v for k, v in self.rows.items() if k > a[0]}
        return "OK"

    async def fetch(self, q, *a):
        return sorted(self.rows.values(), key=lambda r: -r["id"])[: a[0]]

    async def fetchrow(self, q, *a):
        return self.rows.get(a[0])

    async def fetchval(self, q, *a):
        if q == "SELECT 1":
            return 1
        if q.startswith("INSERT"):
            if any(r["name"] == a[0] for r in self.rows.values()):
                return None
            i, self.next_id = self.next_id, self.next_id + 1
            self.rows[i] = {"id": i, "name": a[0], "status": "active"}
            return i
        if q.startswith("UPDATE"):
            if a[0] in self.rows:
                self.rows[a[0]]["status"] = a[1]
                return a[0]
            return None
        if q.startswith("DELETE"):
            return a[0] if self.rows.pop(a[0], None) else None
        raise AssertionError(f"unexpected query {q}")


class FakeRedis:
    def __init__(self):
        self.kv = {}
        self.zsets = {}

    async def ping(self):
        return True

    async def get(self, k):
        v = self.kv.get(k)
        return v.encode() if isinstance(v, str) else v

    async def setex(self, k, ttl, v):
        self.kv[k] = v

    async def delete(self, k):
        self.kv.pop(k, None)

    async def incr(self, k):
        self.kv[k] = int(self.kv.get(k, 0)) + 1
        return self.kv[k]

    async def expire(self, k, ttl):
        return True

    async def zadd(self, k, mapping):
        self.zsets.setdefault(k, {}).update(mapping)
