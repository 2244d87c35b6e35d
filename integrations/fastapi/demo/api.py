"""/api/v1 routes of the demo: real PostgreSQL and Redis work, shaped like Ops-Center's API."""
import time
from typing import Optional

from fastapi import APIRouter, Depends, Header, HTTPException, Request, Response
from pydantic import BaseModel

from .backends import Backends
from .control import DemoState

DEMO_PASSWORD = "demo"  # the simulated SSO accepts any user with this password (demo only)
MAX_ROWS = 500  # the load generator inserts forever; the table stays small
QUOTA_PER_SECOND = 3


class DomainIn(BaseModel):
    name: str


class StatusIn(BaseModel):
    status: str


class LoginIn(BaseModel):
    username: str
    password: str


def api_router(state: DemoState, backends: Backends, metrics) -> APIRouter:
    async def backends_ready():
        if backends.db is None or backends.redis is None:
            raise HTTPException(503, "database or redis not connected yet")

    async def faults(request: Request):
        # The login-failure driver must produce exactly the configured rate, so logins are exempt.
        if request.url.path != "/api/v1/auth/login":
            await state.apply_faults(backends.db)

    async def per_user(x_user: Optional[str] = Header(None), x_api_key_id: Optional[str] = Header(None)):
        if x_user:
            metrics.record_user_api_request(x_user)
        if x_api_key_id:
            metrics.record_api_key_request(x_api_key_id)

    router = APIRouter(prefix="/api/v1", dependencies=[Depends(backends_ready), Depends(faults), Depends(per_user)])

    @router.get("/domains")
    async def list_domains(limit: int = 20):
        rows = await backends.db.fetch("SELECT id, name, status FROM demo_domains ORDER BY id DESC LIMIT $1",
                                       min(limit, 100))
        return [dict(r) for r in rows]

    @router.post("/domains", status_code=201)
    async def create_domain(body: DomainIn):
        new_id = await backends.db.fetchval(
            "INSERT INTO demo_domains (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id", body.name)
        if new_id is None:
            raise HTTPException(409, "domain exists")
        await backends.db.execute("DELETE FROM demo_domains WHERE id <= $1", new_id - MAX_ROWS)
        return {"id": new_id, "name": body.name}

    @router.get("/domains/{domain_id}")
    async def get_domain(domain_id: int, response: Response):
        key = f"demo:domain:{domain_id}"
        cached = await backends.redis.get(key)
        if cached is not None:
            response.headers["X-Cache"] = "hit"
            return {"id": domain_id, "name": cached.decode()}
        row = await backends.db.fetchrow("SELECT id, name FROM demo_domains WHERE id = $1", domain_id)
        if row is None:
            raise HTTPException(404, "no such domain")
        await backends.redis.setex(key, 30, row["name"])
        response.headers["X-Cache"] = "miss"
        return dict(row)

    @router.put("/domains/{domain_id}")
    async def update_domain(domain_id: int, body: StatusIn):
        done = await backends.db.fetchval("UPDATE demo_domains SET status = $2 WHERE id = $1 RETURNING id",
                                          domain_id, body.status)
        if done is None:
            raise HTTPException(404, "no such domain")
        await backends.redis.delete(f"demo:domain:{domain_id}")
        return {"id": domain_id, "status": body.status}

    @router.delete("/domains/{domain_id}", status_code=204)
    async def delete_domain(domain_id: int):
        done = await backends.db.fetchval("DELETE FROM demo_domains WHERE id = $1 RETURNING id", domain_id)
        if done is None:
            raise HTTPException(404, "no such domain")
        await backends.redis.delete(f"demo:domain:{domain_id}")
        return Response(status_code=204)

    @router.post("/auth/login")
    async def login(body: LoginIn):
        """Simulated Keycloak login: sessions live in a Redis sorted set for an hour."""
        if body.password != DEMO_PASSWORD:
            metrics.record_login(False, "invalid_credentials", user=body.username)
            raise HTTPException(401, "invalid credentials")
        now = time.time()
        await backends.redis.zadd("demo:sessions", {f"{body.username}:{now}": now})
        metrics.record_login(True, user=body.username)
        return {"user": body.username, "session": "demo"}

    @router.get("/quota")
    async def quota(request: Request):
        """A per-client rate limit in Redis; bursts over it get 429 (inbound rate-limit hits)."""
        client = request.client.host if request.client else "unknown"
        key = f"demo:quota:{client}:{int(time.time())}"
        used = await backends.redis.incr(key)
        await backends.redis.expire(key, 2)
        if used > QUOTA_PER_SECOND:
            raise HTTPException(429, "rate limited")
        return {"used": used, "limit": QUOTA_PER_SECOND}

    return router
