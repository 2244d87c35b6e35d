package lint

import (
	"os"
	"testing"
)

func TestSynthGateStopsAtAnUnknownMetric(t *testing.T) {
	bad, err := os.ReadFile("testdata/unknown_metric.json")
	if err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile("testdata/good.json")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"monitoring/grafana/dashboards/good.json": good,
		"monitoring/grafana/dashboards/api.json":  bad,
		"docs/ALERT_RUNBOOK.md":                   []byte("# not a dashboard"),
	}
	err = CheckRendered("..", files)
	want := "dashboards fail their checks:\n  monitoring/grafana/dashboards/api.json: fixture: panel \"Request rate\": query A: metric \"ops_center_api_request_total\" is not in the inventory (exporters, FastAPI, recording rules)"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
	delete(files, "monitoring/grafana/dashboards/api.json")
	if err := CheckRendered("..", files); err != nil {
		t.Fatalf("good dashboard refused: %v", err)
	}
}
