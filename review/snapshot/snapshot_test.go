package snapshot

import (
	"reflect"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
)

// The snapshot agrees with the model's own answers, whatever the catalog holds:
// Alertmanager's route tree sends each alert where amconfig.ReceiverFor says, every
// panel and job is there, and data volumes are the environment's.
func TestSnapshotAgreesWithTheModel(t *testing.T) {
	s, err := Take("../../environments")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Environments) != len(model.EnvironmentNames) {
		t.Fatalf("%d environments, want %d", len(s.Environments), len(model.EnvironmentNames))
	}
	for _, e := range s.Environments {
		env, err := model.LoadEnvironment("../../environments", e.Name)
		if err != nil {
			t.Fatal(err)
		}
		if want := len(alerts.All(alerts.ForEnvironment(alerts.Catalog(), env))); len(e.Alerts) != want || want == 0 {
			t.Errorf("%s: %d alerts, want %d", e.Name, len(e.Alerts), want)
		}
		for _, a := range e.Alerts {
			if want := []string{amconfig.ReceiverFor(alerts.Severity(a.Severity))}; !reflect.DeepEqual(a.Receivers, want) {
				t.Errorf("%s: %s (severity %s) reaches %v, want %v", e.Name, a.Name, a.Severity, a.Receivers, want)
			}
			if _, ok := a.Labels["severity"]; ok {
				t.Errorf("%s: %s: severity is among the labels; it has its own field", e.Name, a.Name)
			}
		}
		if len(e.Routing.Routes) == 0 || e.Routing.Routes[0].Path != "root" || len(e.Routing.Templates) == 0 {
			t.Errorf("%s: routing without a root route or templates: %+v", e.Name, e.Routing)
		}
		if len(e.Jobs) != len(env.Jobs()) {
			t.Errorf("%s: %d jobs, want %d", e.Name, len(e.Jobs), len(env.Jobs()))
		}
		var volumes []string
		for _, c := range e.Containers {
			volumes = append(volumes, c.DataVolumes...)
		}
		if strings.Join(volumes, ",") != strings.Join(env.DataVolumes(), ",") {
			t.Errorf("%s: data volumes %v, want %v", e.Name, volumes, env.DataVolumes())
		}
	}
	ds, err := dashboards.All()
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range ds {
		if got := s.Dashboards[i]; got.UID != d.UID || len(got.Panels) != len(d.Panels) {
			t.Errorf("dashboard %s: %d panels, want %d", d.UID, len(got.Panels), len(d.Panels))
		}
	}
}
