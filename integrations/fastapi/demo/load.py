"""Background traffic through the app's own middleware (in-process, no sockets), so every API,
DB and Redis metric has live data. Bounded: a fixed request rate and at most MAX_IN_FLIGHT."""
import asyncio
import logging
import random

import httpx

from .api import DEMO_PASSWORD
from .control import DemoState

MAX_IN_FLIGHT = 10
USERS = [f"user{i:02d}@example.com" for i in range(30)]
API_KEYS = [f"key_{i}" for i in range(5)]
log = logging.getLogger("demo")


def client_for(app) -> httpx.AsyncClient:
    # raise_app_exceptions=False: an injected fault comes back as a 500 like over HTTP.
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
                             base_url="http://demo.internal", timeout=60)


class LoadGenerator:
    def __init__(self, app, rps: float = 5.0, seed=None):
        self.app = app
        self.rps = max(0.1, min(rps, 50.0))
        self.rnd = random.Random(seed)
        self.ids = []
        self.sent = 0

    async def one(self, c: httpx.AsyncClient):
        r = self.rnd
        headers = {"X-User": r.choice(USERS)}
        if r.random() < 0.3:
            headers["X-API-Key-Id"] = r.choice(API_KEYS)
        roll = r.random()
        known = r.choice(self.ids) if self.ids else 1
        if roll < 0.30:
            await c.get(f"/api/v1/domains/{known if r.random() < 0.9 else 10**9}", headers=headers)
        elif roll < 0.50:
            await c.get("/api/v1/domains", headers=headers)
        elif roll < 0.65:
            resp = await c.post("/api/v1/domains", json={"name": f"d{r.randrange(10**8)}.example"}, headers=headers)
            if resp.status_code == 201:
                self.ids = (self.ids + [resp.json()["id"]])[-200:]
        elif roll < 0.75:
            await c.put(f"/api/v1/domains/{known}", json={"status": r.choice(["active", "pending", "moved"])},
                        headers=headers)
        elif roll < 0.80:
            if self.ids:
                await c.delete(f"/api/v1/domains/{self.ids.pop(0)}", headers=headers)
        elif roll < 0.88:
            good = r.random() < 0.95
            await c.post("/api/v1/auth/login", json={"username": headers["X-User"],
                                                     "password": DEMO_PASSWORD if good else "wrong"})
        elif roll < 0.95:
            for _ in range(r.choice([1, 1, 1, 5])):  # the occasional burst trips the quota (429)
                await c.get("/api/v1/quota", headers=headers)
        elif roll < 0.98:
            await c.get(f"/scan/{r.randrange(10**6)}")  # scanners: unmatched paths, 404
        else:
            await c.get("/health")
        self.sent += 1

    async def run(self):
        sem = asyncio.Semaphore(MAX_IN_FLIGHT)

        async def guarded(c):
            try:
                await self.one(c)
            except Exception as exc:  # a failed request must not stop the generator
                log.debug("load request failed: %s", exc)
            finally:
                sem.release()

        tasks = set()  # strong references: the loop only keeps weak ones
        async with client_for(self.app) as c:
            while True:
                if not sem.locked():
                    await sem.acquire()
                    t = asyncio.create_task(guarded(c))
                    tasks.add(t)
                    t.add_done_callback(tasks.discard)
                await asyncio.sleep(1 / self.rps)


async def login_failures(app, state: DemoState):
    """Drives mode.login_failures_per_minute (runs even with DEMO_LOAD=0: it is a fault switch)."""
    loop = asyncio.get_running_loop()
    async with client_for(app) as c:
        while True:
            n = state.mode.login_failures_per_minute
            if n <= 0:
                await asyncio.sleep(0.5)
                continue
            t0 = loop.time()
            try:
                await c.post("/api/v1/auth/login", json={"username": f"attacker{state.rnd.randrange(50)}",
                                                         "password": "not-the-password"})
            except Exception as exc:
                log.debug("login failure request failed: %s", exc)
            await asyncio.sleep(max(0.0, 60 / n - (loop.time() - t0)))
