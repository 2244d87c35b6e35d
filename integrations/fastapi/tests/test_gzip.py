"""/metrics is gzipped when the scraper asks for it (Prometheus always does), over real HTTP,
from instrument()'s middleware and from metrics_router() alike; a client that does not ask, or
refuses gzip with q=0, gets plain text."""
import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families

from ops_center_metrics.metrics_exporter import MetricsMiddleware, instrument, metrics_router
from served import served


def loaded_app(metrics, how):
    app = FastAPI()
    if how == "instrument":
        instrument(app, metrics=metrics)
    else:
        app.add_middleware(MetricsMiddleware, metrics=metrics)
        app.include_router(metrics_router(metrics))
    for i in range(300):  # a scrape worth compressing: 300 series
        metrics.api_requests.labels(f"/api/v1/r{i}", "GET", "200").inc()
    return app


def families(text):
    return {f.name: sorted((tuple(sorted(s.labels.items())), s.value) for s in f.samples)
            for f in text_string_to_metric_families(text)}


@pytest.mark.parametrize("how", ["instrument", "metrics_router"])
def test_gzip_when_asked(metrics, how):
    with served(loaded_app(metrics, how)) as port, httpx.Client(base_url=f"http://127.0.0.1:{port}") as c:
        plain = c.get("/metrics", headers={"Accept-Encoding": "identity"})
        zipped = c.get("/metrics", headers={"Accept-Encoding": "gzip"})
        refused = c.get("/metrics", headers={"Accept-Encoding": "br, gzip;q=0"})
    assert "content-encoding" not in plain.headers
    assert "content-encoding" not in refused.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.headers["vary"] == "Accept-Encoding"
    assert families(zipped.text) == families(plain.text)  # the same scrape, decompressed
    assert zipped.num_bytes_downloaded * 5 < plain.num_bytes_downloaded, \
        (zipped.num_bytes_downloaded, plain.num_bytes_downloaded)
