package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

const (
	apiRequests = "ops_center_api_requests_total"
	apiDuration = "ops_center_api_request_duration_seconds"
	serverError = `status_code=~"5.."`
)

func apiPerformance() spec {
	return spec{
		file: "api-performance", uid: UIDAPI, title: titles[UIDAPI],
		category: "api", folder: FolderServices, critical: true, anchor: apiRequests,
		purpose: "How fast and how reliably does the Ops-Center FastAPI backend answer? Traffic, latency percentiles, " +
			"the slowest endpoints and errors, from the backend's own middleware.",
		related: []string{UIDErrors, UIDSLA, UIDDatabase, UIDSystemHealth},
		rows: []row{
			{"Traffic", []item{
				{statPanel("Request rate", "Requests per second over all endpoints.", units.RequestsPerSecond,
					query(sumRate(apiRequests, vars, ""), "requests/s")),
					"Compare with the same time yesterday; a drop to zero with the API up means clients cannot reach it."},
				{statPanel("p95 latency (alert signal)", "95th percentile latency as the HighAPILatency alert evaluates it (5-minute window).", units.Seconds,
					query(sel(recAPILatencyP95, `job=~"$job"`, ""), "p95")).
					Thresholds(alertThresholds(0.5, 1)),
					"Red at 1 s: HighAPILatency fires when it stays there for 5 minutes."},
				{statPanel("5xx error ratio (alert signal)", "Share of requests answered 5xx over 5 minutes, as HighErrorRate evaluates it.", units.PercentUnit,
					query(sel(recAPIErrorRatio5m, `job=~"$job"`, ""), "5xx share")).
					Thresholds(alertThresholds(0.01, 0.05)),
					"Red at 5%: HighErrorRate fires after 5 minutes above it."},
				{statPanel("Endpoints in use", "Distinct endpoints that received traffic in the window.", units.Short,
					query(`count(`+sumRate(apiRequests, vars, "", "endpoint")+` > 0)`, "endpoints")),
					"Informational; a sudden rise can mean unbounded path labels (a cardinality problem)."},
				{timeseriesPanel("Request rate by endpoint", "Requests per second, per route template.", units.RequestsPerSecond,
					query(sumRate(apiRequests, vars, "", "endpoint"), "{{endpoint}}")).Span(fullWidth),
					"Find which endpoint drives a traffic change; the legend table sorts by mean or max."},
			}},
			{"Latency", []item{
				{timeseriesPanel("Latency percentiles", "p50, p95 and p99 request latency over all endpoints.", units.Seconds,
					query(quantile(0.5, apiDuration, vars, ""), "p50"),
					query(quantile(0.95, apiDuration, vars, ""), "p95"),
					query(quantile(0.99, apiDuration, vars, ""), "p99")).
					Thresholds(alertThresholds(0.5, 1)),
					"p50 is the typical user, p99 the unlucky one. A rising p99 with a flat p50 points to one slow dependency."},
				{heatmapPanel("Latency distribution", "How many requests fell in each latency bucket over time.", units.Seconds,
					heatmapQuery(sumRate(apiDuration+"_bucket", vars, "", "le"))),
					"Darker cells hold more requests; a second band appearing higher up is a new slow path."},
				{tablePanel("Top 10 slowest endpoints", "Endpoints with the highest p95 latency now.", units.Seconds,
					tableQuery(`topk(10, `+quantile(0.95, apiDuration, vars, "", "endpoint")+`)`)),
					"Start here when latency alerts fire; cross-check the endpoint on Database Performance."},
			}},
			{"Errors", []item{
				{timeseriesPanel("5xx error rate by endpoint", "Share of each endpoint's requests answered with a 5xx status.", units.PercentUnit,
					query(ratio(apiRequests, vars, serverError, "endpoint"), "{{endpoint}}")).
					Thresholds(alertThresholds(0.01, 0.05)),
					"An endpoint near 100% is broken outright; several at a few percent suggest a shared dependency."},
				{piePanel("HTTP status code distribution", "Split of current traffic by status code.", units.RequestsPerSecond,
					instant(sumRate(apiRequests, vars, "", "status_code"), "{{status_code}}")),
					"Mostly 2xx is healthy; a growing 4xx slice is usually clients, 5xx is us."},
				{timeseriesPanel("Edge requests by status (Traefik)", "Requests to the Ops-Center service as Traefik sees them, by status code.", units.RequestsPerSecond,
					query(sumRate("traefik_service_requests_total", `service=~"ops-center.*"`, "", "code"), "{{code}}")),
					"If Traefik counts requests the backend never saw, the failure is between proxy and backend (502/504)."},
			}},
		},
	}
}
