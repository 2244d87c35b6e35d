package hostplan

import (
	"net/url"
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
	"monitoring/prometheus/prometheus.yml":                   []byte("p"),
	"monitoring/prometheus/alert-rules.yml":                  []byte("a"),
	"monitoring/prometheus/blackbox.yml":                     []byte("b"),
	"monitoring/dockerproxy/haproxy.cfg":                     []byte("h"),
	"monitoring/prometheus/tests/X.yml":                      []byte("t"),
	"monitoring/alerting/alertmanager.yml":                   []byte("am"),
	"monitoring/alerting/templates/slack.tmpl":               []byte("s"),
	"monitoring/alerting/test-alerts.sh":                     []byte("#!"),
	"monitoring/grafana/dashboards/x.json":                   []byte("{}"),
	"monitoring/grafana/provisioning/datasources/opsmon.yml": []byte("ds"),
	"docs/ALERT_RUNBOOK.md":                                  []byte("#"),
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
	amc := containerOf(t, p, model.Alertmanager)
	am := paths(amc)
	for _, want := range []string{"/etc/alertmanager/alertmanager.yml", "/etc/alertmanager/templates/slack.tmpl"} {
		if !slices.Contains(am, want) {
			t.Errorf("alertmanager files %v lack %s", am, want)
		}
	}
	// The receivers' secrets are files of the secrets volume, where alertmanager.yml reads them.
	if amc.Secrets == nil || amc.Secrets.Path(SecretPagerDutyKey) != "/run/secrets/pagerduty_routing_key" {
		t.Errorf("alertmanager secrets mount = %+v", amc.Secrets)
	}
	if slices.Contains(am, "/etc/alertmanager/test-alerts.sh") {
		t.Error("the operator script was uploaded into Alertmanager")
	}
	if got := paths(containerOf(t, p, model.BlackboxExporter)); !slices.Equal(got, []string{"/etc/blackbox_exporter/blackbox.yml"}) {
		t.Errorf("blackbox files = %v", got)
	}
}

func TestMissingRenderedFilesNameTheFix(t *testing.T) {
	_, err := Build(loadEnv(t, "local"), map[string][]byte{"monitoring/prometheus/prometheus.yml": []byte("p"), "monitoring/dockerproxy/haproxy.cfg": []byte("h")})
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
		{local, model.Prometheus, "CMD /bin/healthcheck -user opsmon -password-file /run/secrets/prometheus_web_password http://127.0.0.1:9090/-/healthy"},
		{prod, model.Prometheus, `CMD-SHELL wget -q -S -O /dev/null "http://127.0.0.1:9090/-/healthy" 2>&1 | grep -q "HTTP/1.1 401 "`},
		{prod, model.Alertmanager, `CMD-SHELL wget -q -S -O /dev/null "http://127.0.0.1:9093/-/healthy" 2>&1 | grep -q "HTTP/1.1 401 "`},
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

// Every secret a container reads is a file in its own read-only secrets volume,
// owned by its user; no variable or uploaded file holds one.
func TestSecretsReachContainersOnlyAsFiles(t *testing.T) {
	for _, name := range model.EnvironmentNames {
		p, err := Build(loadEnv(t, name), files)
		if err != nil {
			t.Fatal(err)
		}
		declared, read := map[string]bool{}, map[string]bool{}
		for _, s := range p.Secrets {
			declared[s.Name] = true
		}
		for _, c := range p.Containers {
			for k, v := range c.Env {
				if strings.HasSuffix(k, "_FILE") {
					continue
				}
				hasPassword := false
				if u, err := url.Parse(v); err == nil {
					_, hasPassword = u.User.Password()
				}
				if strings.Contains(strings.ToLower(k), "password") || hasPassword {
					t.Errorf("%s/%s: env %s=%q looks like a credential in plain text", name, c.Name, k, v)
				}
			}
			if m := c.Secrets; m != nil {
				if m.Volume != "opsmon-"+name+"-secrets-"+c.Name || m.Owner == "" || m.Owner == "0:0" && c.User != "" {
					t.Errorf("%s/%s: secrets mount %+v", name, c.Name, *m)
				}
				for _, s := range m.Names {
					if !declared[s] {
						t.Errorf("%s/%s reads undeclared secret %s", name, c.Name, s)
					}
					read[s] = true
				}
			}
		}
		for s := range declared {
			if !read[s] {
				t.Errorf("%s: secret %s is declared but no container reads it", name, s)
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

// Prometheus resends firing alerts at the profile's delay, so an Alertmanager that
// restarted has them back within model.Timings.RestartBound.
func TestPrometheusResendsAtTheProfilesDelay(t *testing.T) {
	for env, want := range map[string]string{"local": "--rules.alert.resend-delay=10s", "production": "--rules.alert.resend-delay=30s"} {
		p, err := Build(loadEnv(t, env), files)
		if err != nil {
			t.Fatal(err)
		}
		if cmd := containerOf(t, p, model.Prometheus).Command; !slices.Contains(cmd, want) {
			t.Errorf("%s: prometheus command %v lacks %s", env, cmd, want)
		}
	}
}
