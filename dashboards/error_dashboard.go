package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

const apiErrors = "ops_center_api_errors_total"

func errorsDashboard() spec {
	return spec{
		file: "error-dashboard", uid: UIDErrors, title: titles[UIDErrors],
		category: "errors", folder: FolderServices, critical: true, anchor: apiErrors,
		purpose: "What is failing and since when? API errors by status, endpoint and exception type, with the " +
			"trend against yesterday and the signal HighErrorRate evaluates.",
		related: []string{UIDAPI, UIDSLA, UIDDatabase},
		rows: []row{
			{"Timeline", []item{
				{barsPanel("Error rate timeline", "Error responses per second by status code.", units.RequestsPerSecond,
					query(sumRate(apiErrors, vars, "", "status_code"), "{{status_code}}")).Span(fullWidth),
					"5xx bars are our failures; 4xx are usually clients. Note when the first bar appeared: that is the incident start."},
				{timeseriesPanel("5xx ratio (alert signal)", "Share of requests answered 5xx over 5 minutes and 1 hour, as the error-rate alerts evaluate it.", units.PercentUnit,
					query(sel(recAPIErrorRatio5m, `job=~"$job"`, ""), "5m"),
					query(sel(recAPIErrorRatio1h, `job=~"$job"`, ""), "1h")).
					Thresholds(alertThresholds(0.01, 0.05)),
					"HighErrorRate fires above 5% for 5 minutes; the 1h line shows how much error budget is being burnt."},
				{timeseriesPanel("Error trend analysis", "Error responses per second now, a day ago and a week ago.", units.RequestsPerSecond,
					query(sumBy(rate(apiErrors, vars, "")), "now"),
					query(`sum(rate(`+sel(apiErrors, vars, "")+`[`+rateWindow+`] offset 1d))`, "1 day ago"),
					query(`sum(rate(`+sel(apiErrors, vars, "")+`[`+rateWindow+`] offset 7d))`, "7 days ago")),
					"Now above both older lines is a regression; all three together is the usual background."},
			}},
			{"Breakdown", []item{
				{piePanel("Errors by type", "Current error responses split by status code (500, 404, 403, ...).", units.RequestsPerSecond,
					instant(sumRate(apiErrors, vars, "", "status_code"), "{{status_code}}")),
					"A dominant 401/403 slice points at auth; 404 at clients or routes; 500 at code; 502-504 at dependencies."},
				{timeseriesPanel("Error rate by endpoint", "Error responses per second for the ten noisiest endpoints.", units.RequestsPerSecond,
					query(`topk(10, `+sumRate(apiErrors, vars, "", "endpoint")+`)`, "{{endpoint}}")).Span(16),
					"One endpoint alone is a bug there; many at once is a shared dependency (database, Keycloak, Redis)."},
				{tablePanel("Stack trace aggregation", "Escaped exceptions per second by exception class and endpoint (plain HTTP error responses left out): one row per distinct failure.", units.RequestsPerSecond,
					tableQuery(`topk(20, `+sumRate(apiErrors, vars, `error_type!~"http_.*"`, "error_type", "endpoint", "status_code")+`)`)).Span(fullWidth),
					"Each row is a distinct exception class; search the backend logs for that class and endpoint to get the stack trace."},
			}},
		},
	}
}
