"""instrument() options: buckets=, exclude=, latency=; *_created left out for our own families only."""
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry, Counter

from conftest import samples, value
from ops_center_metrics.metrics_exporter import (LATENCY, WITH_BACKGROUND, OpsCenterMetrics, instrument,
                                                 render)
from routes_app import routes_app

FINE = (0.005, 0.025, 0.1, 0.5, 1, 5)


def buckets_of(metrics, endpoint):
    return {dict(k)["le"]: v for k, v in samples(metrics, "ops_center_api_request_duration_seconds_bucket").items()
            if dict(k)["endpoint"] == endpoint}


def test_spec_buckets_are_the_default(metrics):
    assert metrics.buckets == LATENCY == (0.1, 0.5, 1, 2, 5, 10)


def test_custom_buckets_resolve_fast_requests(tmp_path):
    metrics = OpsCenterMetrics(CollectorRegistry(), buckets=FINE)
    app = routes_app(tmp_path)
    instrument(app, metrics=metrics)
    with TestClient(app) as c:
        for _ in range(20):
            c.get("/api/v1/items")
    got = buckets_of(metrics, "/api/v1/items")
    assert list(got) == ["0.005", "0.025", "0.1", "0.5", "1.0", "5.0", "+Inf"]
    # Requests of a millisecond or two now land below 0.1 s instead of all in le="0.1" (lenient
    # bound: one of 20 under 25 ms, so a loaded machine does not fail it).
    assert got["+Inf"] == 20 and got["0.025"] >= 1


@pytest.mark.parametrize("buckets, shown", [((), "()"), ((1, 0.5), "(1, 0.5)"), ((0, 1), "(0, 1)"),
                                            ("abc", "'abc'")])
def test_bad_buckets_name_the_field_and_the_fix(buckets, shown):
    with pytest.raises(ValueError) as err:
        OpsCenterMetrics(CollectorRegistry(), buckets=buckets)
    assert str(err.value) == ("buckets: must be increasing positive numbers of seconds, e.g. "
                              f"(0.005, 0.025, 0.1, 0.5, 1, 5), got {shown}")


def test_buckets_with_given_metrics_is_an_error(metrics):
    with pytest.raises(ValueError) as err:
        instrument(FastAPI(), metrics=metrics, buckets=FINE)
    assert str(err.value) == "buckets: pass them to OpsCenterMetrics(registry, buckets=...) when giving metrics="


def test_bad_latency_mode(metrics):
    with pytest.raises(ValueError) as err:
        instrument(FastAPI(), metrics=metrics, latency="first_byte")
    assert str(err.value) == ("latency: must be 'last_byte' (stop at the response's last byte) or "
                              "'with_background_tasks' (include background tasks), got 'first_byte'")


def test_exclude(metrics, tmp_path):
    app = routes_app(tmp_path)
    instrument(app, metrics=metrics, exclude=("/api/v1/items",))
    with TestClient(app) as c:
        c.get("/api/v1/items")
        c.get("/api/v1/domains/1")
    assert {dict(k)["endpoint"] for k in samples(metrics, "ops_center_api_requests_total")} == {
        "/api/v1/domains/{domain_id}"}


@pytest.mark.parametrize("mode, low, high", [(None, 0, 0.25), (WITH_BACKGROUND, 0.3, 5)])
def test_background_tasks_in_latency_only_when_asked(tmp_path, mode, low, high):
    metrics = OpsCenterMetrics(CollectorRegistry())
    app = routes_app(tmp_path)  # /api/v1/with-task answers at once, then sleeps 0.3 s in a task
    instrument(app, metrics=metrics, **({"latency": mode} if mode else {}))
    with TestClient(app) as c:
        assert c.get("/api/v1/with-task").json() == {"ok": True}
    took = value(metrics, "ops_center_api_request_duration_seconds_sum", endpoint="/api/v1/with-task", method="GET")
    assert low <= took < high


def test_created_series_off_for_ours_only():
    registry = CollectorRegistry()
    metrics = OpsCenterMetrics(registry)
    Counter("other_library_events", "Another library's counter.", registry=registry).inc()
    metrics.api_requests.labels("/x", "GET", "200").inc()
    text = render(registry).decode()
    assert "other_library_events_created " in text
    assert "ops_center_api_requests_total{" in text and "ops_center_api_requests_created" not in text
    metrics.api_duration.labels("/x", "GET").observe(0.2)
    text = render(registry).decode()
    assert "ops_center_api_request_duration_seconds_count{" in text and "_seconds_created" not in text


def test_instrument_after_the_first_request_is_an_error(metrics):
    app = FastAPI()
    with TestClient(app) as c:
        c.get("/")
    with pytest.raises(RuntimeError) as err:
        instrument(app, metrics=metrics)
    assert str(err.value) == "instrument(app) must be called before the app serves its first request"
