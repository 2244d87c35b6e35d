"""Every real route gets its own endpoint label; <unmatched> is only for requests no route takes.
/metrics cannot be shadowed under instrument(), and with metrics_router a warning says why."""
import logging

from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.responses import PlainTextResponse

from conftest import samples
from ops_center_metrics.metrics_exporter import MetricsMiddleware, instrument, metrics_router
from routes_app import ORIGIN, routes_app

PREFLIGHT = {"Origin": ORIGIN, "Access-Control-Request-Method": "GET"}


def counted(metrics):
    return {(dict(k)["endpoint"], dict(k)["method"], dict(k)["status_code"]): v
            for k, v in samples(metrics, "ops_center_api_requests_total").items()}


def test_each_real_route_has_its_label(metrics, tmp_path):
    (tmp_path / "app.js").write_text("js")
    app = routes_app(tmp_path)
    instrument(app, metrics=metrics)
    with TestClient(app) as c:
        assert c.get("/docs").status_code == 200
        assert c.get("/docs/oauth2-redirect").status_code == 200
        assert c.get("/openapi.json").status_code == 200
        assert c.get("/redoc").status_code == 200
        assert c.get("/legacy").text == "legacy"
        assert c.options("/api/v1/domains/7", headers=PREFLIGHT).status_code == 200
        assert c.get("/api/v1/items/", follow_redirects=False).status_code == 307
        assert c.get("/api/v1/zones/z1/records").status_code == 200
        assert c.get("/api/v1/zones/export").text == "legacy"
        assert c.get("/static/app.js").text == "js"
        assert c.get("/static/missing.js").status_code == 404
        assert c.get("/wp-login.php").status_code == 404
        assert c.get("/metrics").status_code == 200
    assert counted(metrics) == {
        ("/docs", "GET", "200"): 1,
        ("/docs/oauth2-redirect", "GET", "200"): 1,
        ("/openapi.json", "GET", "200"): 1,
        ("/redoc", "GET", "200"): 1,
        ("/legacy", "GET", "200"): 1,
        ("/api/v1/domains/{domain_id}", "OPTIONS", "200"): 1,  # answered by CORSMiddleware
        ("/api/v1/items", "GET", "307"): 1,  # the slash redirect counts on the route it leads to
        ("/api/v1/zones/{zone_id}/records", "GET", "200"): 1,
        ("/api/v1/zones/export", "GET", "200"): 1,
        ("/static/{path:path}", "GET", "200"): 1,
        ("/static/{path:path}", "GET", "404"): 1,
        ("<unmatched>", "GET", "404"): 1,
    }


def catch_all(scope_text="catch-all"):
    async def app(scope, receive, send):
        await PlainTextResponse(scope_text, status_code=404)(scope, receive, send)
    return app


def test_instrument_metrics_cannot_be_shadowed(metrics):
    app = FastAPI()
    app.mount("/", catch_all())  # added before instrument(): it would take every path
    instrument(app, metrics=metrics)
    with TestClient(app) as c:
        r = c.get("/metrics")
    assert r.status_code == 200 and "ops_center_api_requests_total" in r.text


def test_shadowed_metrics_router_warns(metrics, caplog):
    app = FastAPI()
    app.mount("/", catch_all())
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    app.include_router(metrics_router(metrics))
    with caplog.at_level(logging.WARNING, logger="ops_center_metrics"), TestClient(app) as c:
        assert c.get("/metrics").status_code == 404
        c.get("/metrics")
    assert [r.getMessage() for r in caplog.records] == [
        "/metrics was answered by route '/{path:path}' with status 404, not by ops_center_metrics: a route or "
        "mount added before metrics_router() shadows it. Include metrics_router() before catch-all mounts, "
        "or use instrument(), whose middleware answers /metrics itself."]


def test_metrics_router_in_order_is_quiet(metrics, caplog):
    app = FastAPI()
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    app.include_router(metrics_router(metrics))
    app.mount("/", catch_all())
    with caplog.at_level(logging.WARNING, logger="ops_center_metrics"), TestClient(app) as c:
        assert c.get("/metrics").status_code == 200
    assert caplog.records == []
