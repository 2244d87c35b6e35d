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
