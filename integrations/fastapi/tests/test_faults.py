"""Fault paths over real HTTP (uvicorn on 127.0.0.1): a stream failing mid-body, clients going
away mid-request and mid-response, and an exception handler answering 200."""
import socket

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

from conftest import samples, value
from ops_center_metrics.metrics_exporter import instrument
from routes_app import routes_app
from served import served, until


def counted(metrics):
    return {(dict(k)["endpoint"], dict(k)["status_code"]): v
            for k, v in samples(metrics, "ops_center_api_requests_total").items()}


def errors(metrics):
    return {(dict(k)["endpoint"], dict(k)["status_code"], dict(k)["error_type"]): v
            for k, v in samples(metrics, "ops_center_api_errors_total").items()}


@pytest.fixture
def app(metrics, tmp_path):
    app = routes_app(tmp_path)
    instrument(app, metrics=metrics)
    return app


def test_stream_failing_mid_body(app, metrics):
    with served(app) as port:
        got = b""
        with pytest.raises(httpx.RemoteProtocolError):
            with httpx.stream("GET", f"http://127.0.0.1:{port}/api/v1/stream", timeout=5) as r:
                assert r.status_code == 200  # the status line left before the body failed
                for chunk in r.iter_raw():
                    got += chunk
        assert got == b"first chunk\n"
        until("the request to be counted", lambda: counted(metrics))
    # The client got a broken 200: counted as a failure, by the exception's class.
    assert counted(metrics) == {("/api/v1/stream", "500"): 1}
    assert errors(metrics) == {("/api/v1/stream", "500", "StreamBroke"): 1}


def raw_request(port, head: bytes, read: int = 0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(head)
        return s.recv(read) if read else b""


def test_client_leaves_while_sending_the_body(app, metrics):
    with served(app) as port:
        raw_request(port, b"POST /api/v1/upload HTTP/1.1\r\nHost: t\r\nContent-Length: 100000\r\n\r\n0123456789")
        until("the request to be counted", lambda: counted(metrics))
    assert counted(metrics) == {("/api/v1/upload", "500"): 1}
    assert errors(metrics) == {("/api/v1/upload", "500", "ClientDisconnect"): 1}


def test_client_leaves_mid_response(app, metrics):
    with served(app) as port:
        # The route streams 50 chunks 0.1 s apart; the client leaves after the first bytes.
        first = raw_request(port, b"GET /api/v1/slow-stream HTTP/1.1\r\nHost: t\r\n\r\n", read=64)
        assert first.startswith(b"HTTP/1.1 200")
        until("the request to be counted", lambda: counted(metrics))
    assert counted(metrics) == {("/api/v1/slow-stream", "200"): 1}
    assert errors(metrics) == {}
    # Timed until the server saw the client go, not the 5 s the whole stream would take.
    assert value(metrics, "ops_center_api_request_duration_seconds_sum", endpoint="/api/v1/slow-stream",
                 method="GET") < 3


def test_exception_handler_answering_200(app, metrics):
    with TestClient(app) as c:
        assert c.get("/api/v1/handled").json() == {"handled": True}
    # The app turned the exception into a success: counted by the status the client got.
    assert counted(metrics) == {("/api/v1/handled", "200"): 1}
    assert errors(metrics) == {}


def test_catch_all_exception_handler_answering_200(metrics):
    """A handler for Exception itself runs in Starlette's outermost error middleware, which sends
    its response and then re-raises: the client gets 200, the exception still escapes the app."""
    app = FastAPI()

    @app.exception_handler(Exception)
    async def everything(request: Request, exc: Exception):
        return JSONResponse({"swallowed": type(exc).__name__}, status_code=200)

    @app.get("/api/v1/oops")
    def oops():
        raise LookupError("no such row")

    instrument(app, metrics=metrics)
    with TestClient(app, raise_server_exceptions=False) as c:
        assert c.get("/api/v1/oops").json() == {"swallowed": "LookupError"}
    assert counted(metrics) == {("/api/v1/oops", "200"): 1}
    assert errors(metrics) == {("/api/v1/oops", "200", "LookupError"): 1}
