package dashboards

import (
	"fmt"
	"strings"

	"github.com/grafana/grafana-foundation-sdk/go/prometheus"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Selectors every query starts from. vars follows the dashboard's $job and
// $instance; opsCenter pins series that only the FastAPI exporter writes, on
// dashboards whose variables follow another exporter.
const (
	vars = `job=~"$job",instance=~"$instance"`
	// hostVars is vars on a per-host dashboard, which also follows $host.
	hostVars  = `job=~"$job",` + model.HostLabel + `=~"$host",instance=~"$instance"`
	opsCenter = `job="` + model.JobOpsCenter + `"`
	// rateWindow is the window every rate-like function uses: Grafana sizes it
	// from the scrape interval and the panel's step.
	rateWindow = "$__rate_interval"
)

// sel renders metric{selector,extra}.
func sel(metric, selector, extra string) string {
	matchers := selector
	if extra != "" {
		matchers += "," + extra
	}
	return metric + "{" + matchers + "}"
}

// rate renders rate(metric{selector,extra}[$__rate_interval]).
func rate(metric, selector, extra string) string {
	return "rate(" + sel(metric, selector, extra) + "[" + rateWindow + "])"
}

// sumBy wraps an expression in sum, grouped by the given labels when there are any.
func sumBy(expr string, by ...string) string {
	if len(by) == 0 {
		return "sum(" + expr + ")"
	}
	return "sum by (" + strings.Join(by, ", ") + ") (" + expr + ")"
}

// sumRate is the per-second rate of a counter, summed by the given labels.
func sumRate(metric, selector, extra string, by ...string) string {
	return sumBy(rate(metric, selector, extra), by...)
}

// ratio divides the rate of the matching subset of a counter by the rate of all of it.
func ratio(metric, selector, subset string, by ...string) string {
	return sumRate(metric, selector, subset, by...) + " / " + sumRate(metric, selector, "", by...)
}

// quantile is a histogram's q-quantile over $__rate_interval, per the given labels.
func quantile(q float64, histogram, selector, extra string, by ...string) string {
	return fmt.Sprintf("histogram_quantile(%g, %s)", q,
		sumRate(histogram+"_bucket", selector, extra, append([]string{"le"}, by...)...))
}

// mean is a histogram's average observation over $__rate_interval.
func mean(histogram, selector, extra string, by ...string) string {
	return sumRate(histogram+"_sum", selector, extra, by...) + " / " + sumRate(histogram+"_count", selector, extra, by...)
}

// query is a range query drawn as a series per legend value.
func query(expr, legend string) *prometheus.DataqueryBuilder {
	return prometheus.NewDataqueryBuilder().
		Datasource(datasourceRef()).
		Expr(expr).
		LegendFormat(legend).
		Range()
}

// instant is a query evaluated once, at the end of the time range.
func instant(expr, legend string) *prometheus.DataqueryBuilder {
	return prometheus.NewDataqueryBuilder().
		Datasource(datasourceRef()).
		Expr(expr).
		LegendFormat(legend).
		Instant()
}

// tableQuery is an instant query returned as a table with one row per series.
func tableQuery(expr string) *prometheus.DataqueryBuilder {
	return instant(expr, "__auto").Format(prometheus.PromQueryFormatTable)
}

// heatmapQuery returns histogram buckets for a heatmap panel.
func heatmapQuery(expr string) *prometheus.DataqueryBuilder {
	return query(expr, "{{le}}").Format(prometheus.PromQueryFormatHeatmap)
}
