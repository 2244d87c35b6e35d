package hostdoc

import (
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

func TestEveryContainerAndEveryPrivilegeIsExplained(t *testing.T) {
	files, _ := Files(model.Environment{})
	doc := string(files["docs/CONTAINERS.md"])
	for _, c := range append(model.Components(), model.StandIns()...) {
		if !strings.Contains(doc, "| `"+c.Name+"` |") {
			t.Errorf("no row for %s", c.Name)
		}
		for _, m := range c.HostMounts {
			if m.Why == "" || !strings.Contains(doc, m.Why) {
				t.Errorf("%s mounts %s without a stated reason", c.Name, m.Source)
			}
		}
		if c.Privileged && (c.WhyPrivileged == "" || !strings.Contains(doc, c.WhyPrivileged)) {
			t.Errorf("%s is privileged without a stated reason", c.Name)
		}
	}
}

// Each container's row names its CPU cap and the networks it joins.
func TestRowsNameCPUAndNetworks(t *testing.T) {
	files, _ := Files(model.Environment{})
	doc := string(files["docs/CONTAINERS.md"])
	for name, want := range map[string]string{
		model.Alertmanager:     "| 0.5 | monitoring |",
		model.Prometheus:       "| 1.0 | monitoring + product |",
		model.LocalPostgreSQL:  "| 0.5 | product only (a stand-in) |",
		model.BlackboxExporter: "| 0.25 | monitoring + product |",
	} {
		for _, line := range strings.Split(doc, "\n") {
			if strings.HasPrefix(line, "| `"+name+"` |") && !strings.Contains(line, want) {
				t.Errorf("row of %s lacks %q: %s", name, want, line)
			}
		}
	}
	if !strings.Contains(doc, "`cap_drop: ALL`") || !strings.Contains(doc, "no-new-privileges:true") {
		t.Error("the hardening paragraph is missing")
	}
}
