package dashboards

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/alerts/tooltest"
)

// MTTR and MTBF on a job with two targets, by the pinned promtool: over one hour,
// one target is down once for 10 minutes and the other never. The one outage
// lasted 600 s, and 6,600 s of target time were up around it.
func TestMTTRAndMTBFCountEveryTarget(t *testing.T) {
	promtool := tooltest.Binary(t, "promtool")
	// The dashboard's variables as Grafana fills them for "All" over one hour.
	fill := strings.NewReplacer(`$job`, `.+`, `$instance`, `.+`, `$__range_s`, "3600", `$__range`, "1h")
	// round: the shares are sixtieths, a float's last bit away from whole seconds.
	mttr := `round(` + fill.Replace(downtimeSeconds()+` / (`+outages()+`)`) + `)`
	mtbf := `round(` + fill.Replace(uptimeSeconds()+` / (`+outages()+`)`) + `)`
	test := fmt.Sprintf(`tests:
  - interval: 1m
    input_series:
      - series: up{job="redis",instance="a"}
        values: 1x20 0x9 1x31
      - series: up{job="redis",instance="b"}
        values: 1x60
    promql_expr_test:
      - expr: %q
        eval_time: 60m
        exp_samples: [{labels: '{job="redis"}', value: 600}]
      - expr: %q
        eval_time: 60m
        exp_samples: [{labels: '{job="redis"}', value: 6600}]
`, mttr, mtbf)
	promtoolTest(t, promtool, test)
}

// promtoolTest runs one promtool unit-test file.
func promtoolTest(t *testing.T, promtool, test string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.yml")
	if err := os.WriteFile(path, []byte(test), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := tooltest.Run("", promtool, "test", "rules", path); err != nil {
		t.Fatalf("promtool test rules: %v\n%s", err, out)
	}
}
