"""Adding the module to an app with existing routes leaves their responses unchanged."""
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, StreamingResponse
from fastapi.testclient import TestClient

from conftest import samples
from ops_center_metrics.metrics_exporter import instrument

REQUESTS = [
    ("GET", "/api/v1/firewall/rules", None),
    ("POST", "/api/v1/cloudflare/zones", {"name": "a.example"}),
    ("GET", "/api/v1/cloudflare/zones/abc", None),
    ("GET", "/text", None),
    ("GET", "/stream", None),
    ("GET", "/api/v1/missing", None),
    ("DELETE", "/api/v1/firewall/rules", None),  # 405 from the existing router
]


def existing_app() -> FastAPI:
    """Routes shaped like the backend's *_api.py routers, plus a custom header middleware."""
    app = FastAPI()

    @app.middleware("http")
    async def add_header(request: Request, call_next):
        response = await call_next(request)
        response.headers["X-Existing"] = "yes"
        return response

    @app.get("/api/v1/firewall/rules")
    def rules():
        return [{"id": 1, "action": "block"}]

    @app.post("/api/v1/cloudflare/zones", status_code=201)
    def create_zone(body: dict):
        return {"created": body["name"]}

    @app.get("/api/v1/cloudflare/zones/{zone_id}")
    def zone(zone_id: str):
        return {"zone": zone_id}

    @app.get("/text")
    def plain():
        return PlainTextResponse("hello")

    @app.get("/stream")
    def stream():
        return StreamingResponse(iter([b"a", b"b", b"c"]))

    return app


def responses(app):
    with TestClient(app) as c:
        out = []
        for method, path, body in REQUESTS:
            r = c.request(method, path, json=body)
            headers = {k: v for k, v in r.headers.items() if k != "date"}
            out.append((r.status_code, headers, r.content))
        return out


def test_existing_routes_unchanged(metrics):
    before = responses(existing_app())
    app = existing_app()
    instrument(app, metrics=metrics)
    assert responses(app) == before
    # ...and they were all seen by the middleware.
    assert sum(samples(metrics, "ops_center_api_requests_total").values()) == len(REQUESTS)
    # /metrics is answered by the middleware, next to the unchanged routes, and not counted.
    with TestClient(app) as c:
        assert c.get("/metrics").text.count('ops_center_api_requests_total{endpoint="/text"') == 1
    assert sum(samples(metrics, "ops_center_api_requests_total").values()) == len(REQUESTS)
