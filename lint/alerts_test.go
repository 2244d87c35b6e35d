package lint

import (
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
)

// Every metric an alert or recording rule reads is one the pinned exporters (or the
// FastAPI exporter) really export: a misspelt name would make an alert that never
// fires and a no-fire test that proves nothing.
func TestAlertsReadOnlyExportedMetrics(t *testing.T) {
	inv := inventory(t)
	var exprs []struct{ where, expr string }
	for _, a := range alerts.All(alerts.Catalog()) {
		exprs = append(exprs, struct{ where, expr string }{"alert " + a.Name, a.Expr})
	}
	for _, r := range alerts.RecordingRules() {
		exprs = append(exprs, struct{ where, expr string }{"recording rule " + r.Record, r.Expr})
	}
	n := 0
	for _, e := range exprs {
		for _, m := range alerts.MetricsOf(e.expr) {
			n++
			if _, ok := inv[m]; !ok {
				t.Errorf("%s reads %s, which no exporter of the stack exports (sources: %v)", e.where, m, inv.Sources())
			}
		}
	}
	if n < 50 {
		t.Fatalf("only %d metric reads found; is the expression parser still used?", n)
	}
}
