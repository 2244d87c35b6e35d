"""Request tracking: exact counters, labels, buckets and error types after known requests."""
from conftest import DomainLookupError, samples, value


def L(**kw):
    return frozenset(kw.items())


def test_requests_are_counted_by_route_template(client, metrics):
    for i in (1, 2, 3):
        assert client.get(f"/api/v1/domains/{i}").json() == {"id": i}
    assert client.post("/api/v1/domains", json={"name": "a.example"}).status_code == 201
    assert samples(metrics, "ops_center_api_requests_total") == {
        L(endpoint="/api/v1/domains/{domain_id}", method="GET", status_code="200"): 3.0,
        L(endpoint="/api/v1/domains", method="POST", status_code="201"): 1.0,
    }
    assert value(metrics, "ops_center_api_request_duration_seconds_count",
                 endpoint="/api/v1/domains/{domain_id}", method="GET") == 3.0
    assert samples(metrics, "ops_center_api_errors_total") == {}


def test_metrics_route_is_not_counted(client, metrics):
    client.get("/api/v1/domains/1")
    for _ in range(3):
        assert client.get("/metrics").status_code == 200
    endpoints = {dict(k)["endpoint"] for k in samples(metrics, "ops_center_api_requests_total")}
    assert endpoints == {"/api/v1/domains/{domain_id}"}


def test_errors_are_counted_by_type(client, metrics):
    assert client.get("/api/v1/boom").status_code == 500
    assert client.get("/api/v1/domains/404").status_code == 404
    assert client.get("/api/v1/domains/not-a-number").status_code == 422
    assert client.get("/no/such/path").status_code == 404
    assert client.get("/api/v1/limited").status_code == 429
    assert samples(metrics, "ops_center_api_errors_total") == {
        L(endpoint="/api/v1/boom", method="GET", status_code="500", error_type=DomainLookupError.__name__): 1.0,
        L(endpoint="/api/v1/domains/{domain_id}", method="GET", status_code="404", error_type="http_404"): 1.0,
        L(endpoint="/api/v1/domains/{domain_id}", method="GET", status_code="422", error_type="http_422"): 1.0,
        L(endpoint="<unmatched>", method="GET", status_code="404", error_type="http_404"): 1.0,
        L(endpoint="/api/v1/limited", method="GET", status_code="429", error_type="http_429"): 1.0,
    }
    # The escaped exception is also an ordinary request with status 500.
    assert value(metrics, "ops_center_api_requests_total", endpoint="/api/v1/boom", method="GET",
                 status_code="500") == 1.0
    # A 429 from the API itself is an inbound rate-limit hit for the client's address.
    assert samples(metrics, "ops_center_rate_limit_hits_total") == {L(scope="inbound", client_ip="testclient"): 1.0}


def test_latency_lands_in_the_right_bucket(client, metrics):
    client.get("/api/v1/slow")
    lab = dict(endpoint="/api/v1/slow", method="GET")
    buckets = {dict(k)["le"]: v for k, v in samples(metrics, "ops_center_api_request_duration_seconds_bucket").items()
               if dict(k)["endpoint"] == "/api/v1/slow"}
    assert buckets == {"0.1": 0.0, "0.5": 1.0, "1.0": 1.0, "2.0": 1.0, "5.0": 1.0, "10.0": 1.0, "+Inf": 1.0}
    assert 0.15 <= value(metrics, "ops_center_api_request_duration_seconds_sum", **lab) < 0.5


def test_unknown_methods_collapse(client, metrics):
    for m in ("BREW", "PROPFIND", "X" * 40):
        client.request(m, "/api/v1/domains/1")
    methods = {dict(k)["method"] for k in samples(metrics, "ops_center_api_requests_total")}
    assert methods == {"OTHER"}
