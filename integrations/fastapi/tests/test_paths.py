"""Where the app sits: under a server's root path (uvicorn --root-path, a path-prefix proxy in
front), and behind mounts with path parameters. /metrics is answered where the app's own routes
are, and a mount's label is its template, the same on both tested Starlette versions."""
import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

from conftest import samples
from ops_center_metrics.metrics_exporter import instrument
from served import served, until


def counted(metrics):
    return {(dict(k)["endpoint"], dict(k)["status_code"]): v
            for k, v in samples(metrics, "ops_center_api_requests_total").items()}


def item_app():
    app = FastAPI()

    @app.get("/items/{item_id}")
    def item(item_id: int):
        return {"id": item_id}

    return app


def test_metrics_answered_under_a_root_path(metrics):
    app = item_app()
    instrument(app, metrics=metrics)
    with served(app, root_path="/api") as port:
        base = f"http://127.0.0.1:{port}"
        # The server prefixes the root path; the app's routes and /metrics answer alike.
        assert httpx.get(base + "/items/3", timeout=5).status_code == 200
        scrape = httpx.get(base + "/metrics", timeout=5)
        assert scrape.status_code == 200, scrape.text
        assert "ops_center_api_requests_total" in scrape.text
        until("the item request recorded", lambda: counted(metrics))
    assert counted(metrics) == {("/items/{item_id}", "200"): 1}  # the scrape is not an API request


def hello(request):
    return PlainTextResponse("hello " + request.path_params["name"])


def mounted_app():
    tenant = FastAPI()

    @tenant.get("/things/{tid}")
    def thing(tid: int):
        return {"tid": tid}

    raw = Starlette(routes=[Route("/hello/{name}", hello)])
    app = FastAPI()
    app.mount("/t/{tenant}", tenant)
    app.mount("/raw", raw)
    app.mount("/v1", Starlette(routes=[Mount("/org/{org}", routes=[Route("/hello/{name}", hello)])]))
    return app


def test_mount_labels_are_templates(metrics):
    app = mounted_app()
    instrument(app, metrics=metrics)
    with TestClient(app) as c:
        assert c.get("/t/acme/things/1").status_code == 200
        assert c.get("/t/globex/things/2").status_code == 200
        assert c.get("/t/initech/nothing-here").status_code == 404
        assert c.get("/raw/hello/ann").text == "hello ann"
        assert c.get("/raw/hello/bob").text == "hello bob"
        assert c.get("/v1/org/o1/hello/cy").text == "hello cy"
    got = counted(metrics)
    assert got == {
        ("/t/{tenant}/things/{tid}", "200"): 2,  # never the tenant's name
        ("/t/{tenant}/{path:path}", "404"): 1,  # inside the mount, no route took it
        ("/raw/hello/{name}", "200"): 2,  # Starlette 0.46 and 1.x alike
        ("/v1/org/{org}/hello/{name}", "200"): 1,
    }, got
