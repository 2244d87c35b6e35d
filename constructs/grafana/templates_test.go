package grafana

import (
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Every Grafana notification template names the environment, as Alertmanager's do.
func TestTemplatesNameTheEnvironment(t *testing.T) {
	for _, m := range messageTemplates {
		for _, def := range strings.Split(m.text, "{{ define ")[1:] {
			name, _, _ := strings.Cut(def, " }}")
			if !strings.Contains(def, "."+model.EnvironmentLabel+" }}") {
				t.Errorf("%s: template %s does not show the %s label", m.name, name, model.EnvironmentLabel)
			}
		}
	}
}
