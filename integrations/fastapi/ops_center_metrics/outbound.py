"""Outbound provider calls: httpx event hooks for Cloudflare and NameCheap, and a context
manager for other clients (Lago, Keycloak).

    client = httpx.AsyncClient(event_hooks=cloudflare_hooks())

Hooks only see calls that got a response; connection failures surface as exceptions in the
caller. Clients without hooks (Lago, Keycloak) use track_external_call(), which also counts
exceptions as errors.
"""
import re
import time
from contextlib import contextmanager
from typing import Optional
from urllib.parse import parse_qs

from .metrics import OpsCenterMetrics, default_metrics

T0 = "ops_center_t0"
# Path segments that are ids (Cloudflare 32-hex ids, numbers, UUIDs) are dropped from operation names.
_ID = re.compile(r"^([0-9a-f]{32}|\d+|[0-9a-f-]{36})$", re.I)


def status_of(http_status: int, body_error: bool = False) -> str:
    if http_status == 429:
        return "rate_limited"
    return "error" if http_status >= 400 or body_error else "success"


def cloudflare_operation(request) -> str:
    """GET /client/v4/zones/<id>/dns_records -> get_zones_dns_records."""
    parts = [p for p in request.url.path.split("/") if p and not _ID.match(p) and p not in ("client", "v4")]
    return request.method.lower() + "_" + ("_".join(parts) or "root")


def namecheap_command(request) -> str:
    """NameCheap puts the operation in the Command parameter (query string or form body)."""
    cmd = request.url.params.get("Command")
    if not cmd and request.method == "POST":
        try:
            cmd = parse_qs(request.content.decode()).get("Command", [None])[0]
        except Exception:  # a streamed or binary body: leave it unnamed
            cmd = None
    return cmd or "unknown"


def _record(m: OpsCenterMetrics, provider: str, operation: str, status: str, seconds: float):
    op = m.bound_provider_op(operation)
    if provider == "cloudflare":
        m.cloudflare_calls.labels(op, status).inc()
    elif provider == "namecheap":
        m.namecheap_calls.labels(op, status).inc()
    if status == "rate_limited" and provider in ("cloudflare", "namecheap"):
        m.record_rate_limit_hit(provider, "none")
    m.external_duration.labels(provider, op).observe(seconds)


def _hooks(provider: str, op_of, metrics: Optional[OpsCenterMetrics], is_async: bool, read_body: bool):
    def on_request(request):
        request.extensions[T0] = time.perf_counter()

    def finish(response, body_error: bool):
        m = metrics or default_metrics()
        t0 = response.request.extensions.get(T0, time.perf_counter())
        _record(m, provider, op_of(response.request), status_of(response.status_code, body_error),
                time.perf_counter() - t0)

    if not is_async:
        def on_response(response):
            body_error = False
            if read_body:
                response.read()
                body_error = b'Status="ERROR"' in response.content
            finish(response, body_error)
        return {"request": [on_request], "response": [on_response]}

    async def a_request(request):
        on_request(request)

    async def a_response(response):
        body_error = False
        if read_body:  # NameCheap reports most failures as HTTP 200 with Status="ERROR"
            await response.aread()
            body_error = b'Status="ERROR"' in response.content
        finish(response, body_error)

    return {"request": [a_request], "response": [a_response]}


def cloudflare_hooks(metrics: Optional[OpsCenterMetrics] = None, is_async: bool = True):
    return _hooks("cloudflare", cloudflare_operation, metrics, is_async, read_body=False)


def namecheap_hooks(metrics: Optional[OpsCenterMetrics] = None, is_async: bool = True):
    return _hooks("namecheap", namecheap_command, metrics, is_async, read_body=True)


@contextmanager
def track_external_call(provider: str, operation: str, metrics: Optional[OpsCenterMetrics] = None):
    """For clients without hooks (Lago, Keycloak): an exception counts as status=error; set
    `call.status = "rate_limited"` (or "error") inside the block to override."""
    m = metrics or default_metrics()

    class Call:
        status = "success"

    call = Call()
    t0 = time.perf_counter()
    try:
        yield call
    except BaseException:
        _record(m, provider, operation, "error", time.perf_counter() - t0)
        raise
    _record(m, provider, operation, call.status, time.perf_counter() - t0)
