package dashboards

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/alerts/tooltest"
)

// The health table shows Docker's verdict, by the pinned promtool: a container
// that runs but fails its healthcheck reads UNHEALTHY (not green because cAdvisor
// still sees it), one without a healthcheck NO HEALTHCHECK, and one removed two
// minutes ago GONE, though its last health value lingers in the lookback.
func TestHealthTableShowsDockersVerdict(t *testing.T) {
	promtool := tooltest.Binary(t, "promtool")
	fill := strings.NewReplacer(`$job`, `.+`, `$host`, `.+`, `$instance`, `.+`)
	// One sample a minute for ten minutes; container_last_seen holds the scrape
	// time, as cAdvisor exports it. "gone" stops two minutes before the end.
	const target = `job="cadvisor",host="primary",instance="cadvisor:8080"`
	seen := func(name string, minutes int) string {
		var vals []string
		for m := 0; m <= minutes; m++ {
			vals = append(vals, strconv.Itoa(m*60))
		}
		return fmt.Sprintf("      - series: container_last_seen{%s,name=%q}\n        values: %s\n", target, name, strings.Join(vals, " "))
	}
	test := "tests:\n  - interval: 1m\n    input_series:\n" +
		seen("ok", 10) + seen("sick", 10) + seen("plain", 10) + seen("gone", 8) +
		`      - series: container_health_state{job="cadvisor",host="primary",instance="cadvisor:8080",name="ok"}
        values: 1x10
      - series: container_health_state{job="cadvisor",host="primary",instance="cadvisor:8080",name="sick"}
        values: 1x5 0x5
      - series: container_health_state{job="cadvisor",host="primary",instance="cadvisor:8080",name="plain"}
        values: -1x10
      - series: container_health_state{job="cadvisor",host="primary",instance="cadvisor:8080",name="gone"}
        values: 1x8
    promql_expr_test:
      - expr: ` + strconv.Quote(fill.Replace(containerHealth())) + `
        eval_time: 10m
        exp_samples:
          - {labels: '{name="ok"}', value: 1}
          - {labels: '{name="sick"}', value: 0}
          - {labels: '{name="plain"}', value: -1}
          - {labels: '{name="gone"}', value: -2}
`
	promtoolTest(t, promtool, test)
	// Every value the query gives has a name in the table.
	opts := healthMappings()[0].ValueMap.Options
	for _, v := range []string{"1", "0", "-1", strconv.Itoa(healthGone)} {
		if _, ok := opts[v]; !ok {
			t.Errorf("no mapping for %s: %v", v, opts)
		}
	}
}
