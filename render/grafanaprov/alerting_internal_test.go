package grafanaprov

import (
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Every notification template names the environment, as Alertmanager's do, and
// holds no '$', which Grafana's provisioning would expand.
func TestTemplatesNameTheEnvironment(t *testing.T) {
	for _, m := range messageTemplates {
		if strings.Contains(m.text, "$") {
			t.Errorf("%s holds a '$'", m.name)
		}
		for _, def := range strings.Split(m.text, "{{ define ")[1:] {
			name, _, _ := strings.Cut(def, " }}")
			if !strings.Contains(def, "."+model.EnvironmentLabel+" }}") {
				t.Errorf("%s: template %s does not show the %s label", m.name, name, model.EnvironmentLabel)
			}
		}
	}
}

// A '$' in a value Grafana expands is refused, naming the field.
func TestADollarInAnAddressIsRefused(t *testing.T) {
	env, err := model.LoadEnvironment("../../environments", "production")
	if err != nil {
		t.Fatal(err)
	}
	env.AlertEngine, env.Email.To = "grafana", "ops$HOME@example.com"
	_, err = Files(env)
	want := `grafana provisioning: email.to "ops$HOME@example.com" holds a '$', which Grafana would expand as a variable; remove it`
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
}
