package hostplan

import (
	"slices"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

func loadEnv(t *testing.T, name string) model.Environment {
	t.Helper()
	env, err := model.LoadEnvironment("../environments", name)
	if err != nil {
		t.Fatal(err)
	}
	return env
}

var files = map[string][]byte{
	"monitoring/prometheus/prometheus.yml":     []byte("p"),
	"monitoring/prometheus/alert-rules.yml":    []byte("a"),
	"monitoring/prometheus/blackbox.yml":       []byte("b"),
	"monitoring/prometheus/tests/X.yml":        []byte("t"),
	"monitoring/alerting/alertmanager.yml":     []byte("am"),
	"monitoring/alerting/templates/slack.tmpl": []byte("s"),
	"monitoring/alerting/test-alerts.sh":       []byte("#!"),
	"monitoring/grafana/dashboards/x.json":     []byte("{}"),
	"docs/ALERT_RUNBOOK.md":                    []byte("#"),
}

func containerOf(t *testing.T, p Plan, name string) Container {
	t.Helper()
	for _, c := range p.Containers {
		if c.Name == name {
			return c
		}
	}
	t.Fatalf("plan has no container %s", name)
	return Container{}
}

func paths(c Container) []string {
	var out []string
	for _, f := range c.Files {
		out = append(out, f.Path)
	}
	return out
}

func TestRenderedFilesGoWhereEachContainerReadsThem(t *testing.T) {
	p, err := Build(loadEnv(t, "local"), files)
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(containerOf(t, p, model.Prometheus)); !slices.Equal(got, []string{"/etc/prometheus/alert-rules.yml", "/etc/prometheus/prometheus.yml"}) {
		t.Errorf("prometheus files = %v (unit tests and blackbox.yml stay out)", got)
	}
	am := paths(containerOf(t, p, model.Alertmanager))
	for _, want := range []string{"/etc/alertmanager/alertmanager.yml", "/etc/alertmanager/templates/slack.tmpl", "/etc/alertmanager/secrets/pagerduty_routing_key"} {
		if !slices.Contains(am, want) {
			t.Errorf("alertmanager files %v lack %s", am, want)
		}
	}
	if slices.Contains(am, "/etc/alertmanager/test-alerts.sh") {
		t.Error("the operator script was uploaded into Alertmanager")
	}
	if got := paths(containerOf(t, p, model.BlackboxExporter)); !slices.Equal(got, []string{"/etc/blackbox_exporter/blackbox.yml"}) {
		t.Errorf("blackbox files = %v", got)
	}
}

func TestMissingRenderedFilesNameTheFix(t *testing.T) {
	_, err := Build(loadEnv(t, "local"), map[string][]byte{"monitoring/prometheus/prometheus.yml": []byte("p")})
	want := "container alertmanager: no rendered files under monitoring/alerting/; run the renderers first"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v, want %q", err, want)
	}
}

func TestHealthchecksUseWhatEachImageCarries(t *testing.T) {
	local, err := Build(loadEnv(t, "local"), files)
	if err != nil {
		t.Fatal(err)
	}
	prod, err := Build(loadEnv(t, "production"), files)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		plan Plan
		name string
		want string
	}{
		{local, model.Prometheus, "CMD /bin/healthcheck http://127.0.0.1:9090/-/healthy"},
		{prod, model.Prometheus, "CMD wget -q -O /dev/null http://127.0.0.1:9090/-/healthy"},
		{prod, model.RedisExporter, "CMD wget -q -O /dev/null http://127.0.0.1:9121/health"},
		{local, model.LocalPostgreSQL, "CMD pg_isready -h 127.0.0.1 -U postgres"},
		{local, model.OpsCenterDemo, "CMD python3 /app/healthcheck.py"},
	}
	for _, c := range cases {
		if got := strings.Join(containerOf(t, c.plan, c.name).Healthcheck, " "); got != c.want {
			t.Errorf("%s healthcheck = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestSecretsNeverBecomePlainValues(t *testing.T) {
	for _, name := range model.EnvironmentNames {
		p, err := Build(loadEnv(t, name), files)
		if err != nil {
			t.Fatal(err)
		}
		secretNames := map[string]bool{}
		for _, s := range p.Secrets {
			secretNames[s.Name] = true
		}
		for _, c := range p.Containers {
			for k, v := range c.Env {
				if strings.Contains(strings.ToLower(k), "password") || strings.Contains(v, "://") && strings.Contains(v, "@") {
					t.Errorf("%s/%s: env %s=%q looks like a credential in plain text", name, c.Name, k, v)
				}
			}
			for k, ref := range c.Secret {
				if !secretNames[ref.Secret] {
					t.Errorf("%s/%s: env %s refers to undeclared secret %s", name, c.Name, k, ref.Secret)
				}
			}
			for _, f := range c.Files {
				if f.Secret != "" && f.Content != "" {
					t.Errorf("%s/%s: secret file %s has inline content", name, c.Name, f.Path)
				}
			}
		}
	}
}

func TestProductionVolumesAreNamedPerEnvironment(t *testing.T) {
	p, err := Build(loadEnv(t, "production"), files)
	if err != nil {
		t.Fatal(err)
	}
	got := containerOf(t, p, model.Grafana).Volumes
	if len(got) != 1 || got[0].Name != "opsmon-production-grafana-data" || got[0].Target != "/var/lib/grafana" {
		t.Errorf("grafana volumes = %+v", got)
	}
}
