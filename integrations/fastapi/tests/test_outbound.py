"""Outbound calls through httpx event hooks, answered by MockTransport (no network)."""
import httpx
import pytest

from conftest import samples, value
from ops_center_metrics.metrics_exporter import (cloudflare_hooks, namecheap_hooks,
                                                 track_external_call)

ZONE = "0123456789abcdef0123456789abcdef"


def L(**kw):
    return frozenset(kw.items())


def cloudflare(request):
    if request.url.path.endswith("/dns_records") and request.method == "POST":
        return httpx.Response(429, json={"success": False})
    if request.url.path == "/client/v4/zones" and request.method == "POST":
        return httpx.Response(500, json={"success": False})
    return httpx.Response(200, json={"success": True, "result": []})


def namecheap(request):
    cmd = request.url.params.get("Command")
    status = "ERROR" if cmd == "namecheap.domains.transfer.create" else "OK"
    return httpx.Response(200, text=f'<?xml version="1.0"?><ApiResponse Status="{status}"></ApiResponse>')


@pytest.mark.anyio
async def test_cloudflare_async_hooks(metrics):
    async with httpx.AsyncClient(base_url="https://api.cloudflare.com", transport=httpx.MockTransport(cloudflare),
                                 event_hooks=cloudflare_hooks(metrics)) as c:
        await c.get(f"/client/v4/zones/{ZONE}/dns_records")
        await c.get(f"/client/v4/zones/{ZONE}/dns_records")
        await c.post(f"/client/v4/zones/{ZONE}/dns_records", json={})
        await c.post("/client/v4/zones", json={})
    assert samples(metrics, "ops_center_cloudflare_api_calls_total") == {
        L(operation="get_zones_dns_records", status="success"): 2.0,
        L(operation="post_zones_dns_records", status="rate_limited"): 1.0,
        L(operation="post_zones", status="error"): 1.0,
    }
    assert samples(metrics, "ops_center_rate_limit_hits_total") == {L(scope="cloudflare", client_ip="none"): 1.0}
    assert value(metrics, "ops_center_external_api_duration_seconds_count",
                 provider="cloudflare", operation="get_zones_dns_records") == 2.0


def test_namecheap_sync_hooks_read_the_xml_status(metrics):
    with httpx.Client(base_url="https://api.namecheap.com", transport=httpx.MockTransport(namecheap),
                      event_hooks=namecheap_hooks(metrics, is_async=False)) as c:
        r = c.get("/xml.response", params={"Command": "namecheap.domains.dns.getHosts"})
        assert b'Status="OK"' in r.content  # the hook read the body; the caller still gets it
        c.get("/xml.response", params={"Command": "namecheap.domains.transfer.create"})
        c.post("/xml.response", data={"Command": "namecheap.domains.dns.getHosts"})
    assert samples(metrics, "ops_center_namecheap_api_calls_total") == {
        L(command="namecheap.domains.dns.getHosts", status="success"): 2.0,
        L(command="namecheap.domains.transfer.create", status="error"): 1.0,
    }


def test_track_external_call_for_lago_and_keycloak(metrics):
    with track_external_call("lago", "create_invoice", metrics):
        pass
    with pytest.raises(httpx.ConnectError):
        with track_external_call("keycloak", "token", metrics):
            raise httpx.ConnectError("refused")
    counts = samples(metrics, "ops_center_external_api_duration_seconds_count")
    assert counts == {L(provider="lago", operation="create_invoice"): 1.0, L(provider="keycloak", operation="token"): 1.0}
    # Lago/Keycloak have no call counter of their own; nothing leaks into the provider counters.
    assert samples(metrics, "ops_center_cloudflare_api_calls_total") == {}
