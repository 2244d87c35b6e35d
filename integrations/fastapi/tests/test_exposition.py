"""/metrics output: parses with prometheus_client's own parser and matches metrics_inventory.txt."""
import os
import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry
from prometheus_client.parser import text_string_to_metric_families

from ops_center_metrics.metrics_exporter import OpsCenterMetrics, instrument

INVENTORY = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "metrics_inventory.txt")

EXPECTED_BUCKETS = {
    "ops_center_api_request_duration_seconds": [0.1, 0.5, 1, 2, 5, 10],
    "ops_center_db_query_duration_seconds": [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10],
    "ops_center_external_api_duration_seconds": [0.1, 0.5, 1, 2, 5, 10],
    "ops_center_keycloak_session_duration_seconds": [60, 300, 900, 1800, 3600, 14400, 28800, 86400],
    "ops_center_lago_webhook_duration_seconds": [0.1, 0.5, 1, 2, 5, 10],
    "ops_center_migration_duration_seconds": [1, 5, 30, 60, 300, 900, 1800, 3600],
    "ops_center_dns_operation_duration_seconds": [0.1, 0.5, 1, 2, 5, 10],
    "ops_center_dns_propagation_seconds": [5, 15, 30, 60, 120, 300, 600, 1800],
}


def scrape(resource_monitor=None, **optional):
    metrics = OpsCenterMetrics(CollectorRegistry())
    app = FastAPI()
    instrument(app, metrics=metrics, resource_monitor=resource_monitor, **optional)
    with TestClient(app) as c:
        r = c.get("/metrics")
    assert r.status_code == 200
    # 0.19.0 serves text format 0.0.4, 0.26 announces 1.0.0 (same text; Prometheus reads both).
    assert r.headers["content-type"] == CONTENT_TYPE_LATEST
    assert re.match(r"text/plain; version=(0\.0\.4|1\.0\.0); charset=utf-8$", r.headers["content-type"])
    return {f.name: f for f in text_string_to_metric_families(r.text)}


def exposed_names(families):
    # The parser drops a counter's _total suffix; queries (and the inventory) use it.
    return {n + "_total" if f.type == "counter" else n for n, f in families.items()}


def test_inventory_matches_what_the_registry_exposes():
    with open(INVENTORY) as fh:
        inventory = [line.strip() for line in fh if line.strip()]
    assert len(inventory) == len(set(inventory)), "duplicate lines in metrics_inventory.txt"
    assert set(inventory) == exposed_names(scrape(resource_monitor={"cpu_percent": 1}, in_progress=True, sizes=True))


def test_resource_gauges_only_with_a_monitor():
    names = exposed_names(scrape())
    assert not {n for n in names if n.startswith("ops_center_resource_")}
    # Nor the optional families, unless asked for.
    assert not names & {"ops_center_api_requests_in_progress", "ops_center_api_request_size_bytes",
                        "ops_center_api_response_size_bytes"}
    assert "ops_center_api_requests_total" in names


def test_types_and_buckets():
    families = scrape()
    assert families["ops_center_active_users"].type == "gauge"
    assert families["ops_center_api_requests"].type == "counter"
    hist = {n for n, f in families.items() if f.type == "histogram"}
    assert hist == set(EXPECTED_BUCKETS)


def test_histogram_buckets_in_exposition(metrics):
    metrics.api_duration.labels("/x", "GET").observe(0.2)
    metrics.db_duration.labels("select").observe(0.002)
    metrics.external_duration.labels("cloudflare", "op").observe(1)
    metrics.keycloak_session_duration.observe(100)
    metrics.lago_webhook_duration.labels("invoice.created").observe(0.2)
    metrics.migration_duration.observe(10)
    metrics.dns_duration.labels("cloudflare", "zone_create").observe(0.2)
    metrics.dns_propagation.labels("cloudflare").observe(20)
    app = FastAPI()
    instrument(app, metrics=metrics)
    with TestClient(app) as c:
        text = c.get("/metrics").text
    for fam in text_string_to_metric_families(text):
        if fam.type != "histogram":
            continue
        les = [s.labels["le"] for s in fam.samples if s.name.endswith("_bucket")]
        assert les == [str(float(b)) for b in EXPECTED_BUCKETS[fam.name]] + ["+Inf"], fam.name
