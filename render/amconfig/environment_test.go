package amconfig

import (
	"strings"
	"testing"

	"github.com/prometheus/alertmanager/config"
	"github.com/prometheus/alertmanager/dispatch"
	prommodel "github.com/prometheus/common/model"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// The same alert from staging and from production lands, by Alertmanager's own
// routing, in two groups: two notifications and two PagerDuty dedup keys.
func TestEnvironmentsNeverShareAGroup(t *testing.T) {
	for _, name := range model.EnvironmentNames {
		cfg, err := config.LoadFile(checkTree(t, load(t, name)))
		if err != nil {
			t.Fatal(err)
		}
		root := dispatch.NewRoute(cfg.Route, nil)
		for _, sev := range []string{"critical", "high", "medium", "none"} {
			keys := map[string]bool{}
			for _, env := range []string{"staging", "production"} {
				alert := prommodel.LabelSet{"alertname": "DatabaseDown", "severity": prommodel.LabelValue(sev),
					"service": "postgresql", "instance": "postgres-exporter:9187", model.EnvironmentLabel: prommodel.LabelValue(env)}
				for _, r := range root.Match(alert) {
					if _, ok := r.RouteOpts.GroupBy[model.EnvironmentLabel]; !ok {
						t.Errorf("%s: route to %s does not group by %s", name, r.RouteOpts.Receiver, model.EnvironmentLabel)
					}
					group := prommodel.LabelSet{}
					for l := range r.RouteOpts.GroupBy {
						group[l] = alert[l]
					}
					keys[r.Key()+group.String()] = true
				}
			}
			if len(keys) != 2 {
				t.Errorf("%s: severity %s: staging and production alerts make %d group(s), want 2", name, sev, len(keys))
			}
		}
	}
	prod, err := Files(load(t, "production"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "environment: '{{ .CommonLabels.environment }}'"; !strings.Contains(string(prod[ConfigPath]), want) {
		t.Errorf("PagerDuty details lack %q", want)
	}
}
