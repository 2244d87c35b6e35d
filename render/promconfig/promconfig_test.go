package promconfig_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render"
	"github.com/magicunicorn/ops-center-monitoring/render/promconfig"
)

func env(t *testing.T, name string) model.Environment {
	t.Helper()
	e, err := model.LoadEnvironment("../../environments", name)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

type parsed struct {
	Global struct {
		ScrapeInterval string `yaml:"scrape_interval"`
		ScrapeTimeout  string `yaml:"scrape_timeout"`
	} `yaml:"global"`
	ScrapeConfigs []struct {
		JobName string `yaml:"job_name"`
		Params  map[string][]string
	} `yaml:"scrape_configs"`
}

func jobs(t *testing.T, e model.Environment) (parsed, map[string]bool) {
	t.Helper()
	files, err := promconfig.Files(e)
	if err != nil {
		t.Fatal(err)
	}
	var p parsed
	if err := yaml.Unmarshal(files["monitoring/prometheus/prometheus.yml"], &p); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, sc := range p.ScrapeConfigs {
		names[sc.JobName] = true
	}
	return p, names
}

func TestProductionScrapesEveryServiceTheRequestNames(t *testing.T) {
	p, names := jobs(t, env(t, "production"))
	for _, j := range []string{"prometheus", "alertmanager", "ops-center", "node", "cadvisor", "postgresql", "redis",
		"keycloak", "traefik", "blackbox-http", "blackbox-tls", "docker-sd"} {
		if !names[j] {
			t.Errorf("production prometheus.yml lacks job %q", j)
		}
	}
	if p.Global.ScrapeInterval != "15s" {
		t.Errorf("scrape_interval = %s, want the request's 15s", p.Global.ScrapeInterval)
	}
}

func TestLocalLeavesOutWhatDoesNotRunHere(t *testing.T) {
	p, names := jobs(t, env(t, "local"))
	for _, j := range []string{"keycloak", "traefik", "cadvisor", "blackbox-tls"} {
		if names[j] {
			t.Errorf("local prometheus.yml scrapes %q, which does not run locally", j)
		}
	}
	if p.Global.ScrapeInterval != "5s" || p.Global.ScrapeTimeout != "5s" {
		t.Errorf("fast profile: interval %s timeout %s; the timeout may not exceed the interval", p.Global.ScrapeInterval, p.Global.ScrapeTimeout)
	}
}

// TestPromtoolChecksEveryEnvironment runs the pinned promtool on prometheus.yml with
// its rule files beside it, as the container loads them.
func TestPromtoolChecksEveryEnvironment(t *testing.T) {
	for _, name := range model.EnvironmentNames {
		promtoolCheck(t, env(t, name))
	}
}

func promtoolCheck(t *testing.T, e model.Environment) {
	t.Helper()
	promtool := tool(t, "promtool")
	files, err := render.All(e)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for p, b := range files {
		if !strings.HasPrefix(p, "monitoring/prometheus/") || strings.Contains(p, "/tests/") {
			continue
		}
		content := strings.ReplaceAll(string(b), promconfig.ConfigDir+"/", dir+"/")
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(promtool, "check", "config", filepath.Join(dir, "prometheus.yml")).CombinedOutput()
	if err != nil {
		t.Errorf("%s: promtool check config: %v\n%s", e.Name, err, out)
	}
}

// With HA, every replica sends to every Alertmanager peer, names itself in an
// external label and drops it from its alerts, so the peers see one alert; every
// peer and every replica is scraped. promtool accepts the result.
func TestHAPrometheusSendsToEveryPeerAsOneAlert(t *testing.T) {
	e := env(t, "local")
	e.HA = model.HA{PrometheusReplicas: 2, AlertmanagerPeers: 3}
	files, err := promconfig.Files(e)
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Global struct {
			ExternalLabels map[string]string `yaml:"external_labels"`
		} `yaml:"global"`
		Alerting struct {
			AlertRelabelConfigs []struct {
				Regex, Action string
			} `yaml:"alert_relabel_configs"`
			Alertmanagers []struct {
				StaticConfigs []struct {
					Targets []string
				} `yaml:"static_configs"`
			}
		}
		ScrapeConfigs []struct {
			JobName       string `yaml:"job_name"`
			StaticConfigs []struct {
				Targets []string
			} `yaml:"static_configs"`
		} `yaml:"scrape_configs"`
	}
	if err := yaml.Unmarshal(files["monitoring/prometheus/prometheus.yml"], &cfg); err != nil {
		t.Fatal(err)
	}
	peers := "alertmanager:9093 alertmanager-1:9093 alertmanager-2:9093"
	if got := cfg.Global.ExternalLabels[model.ReplicaLabel]; got != "${"+model.ReplicaEnv+"}" {
		t.Errorf("external label %s = %q", model.ReplicaLabel, got)
	}
	if r := cfg.Alerting.AlertRelabelConfigs; len(r) != 1 || r[0].Regex != model.ReplicaLabel || r[0].Action != "labeldrop" {
		t.Errorf("alert_relabel_configs %+v, want the replica label dropped", r)
	}
	if got := strings.Join(cfg.Alerting.Alertmanagers[0].StaticConfigs[0].Targets, " "); got != peers {
		t.Errorf("alerting targets %q, want %q", got, peers)
	}
	scraped := func(job string) string {
		var out []string
		for _, sc := range cfg.ScrapeConfigs {
			if sc.JobName == job {
				for _, s := range sc.StaticConfigs {
					out = append(out, s.Targets...)
				}
			}
		}
		return strings.Join(out, " ")
	}
	if got := scraped(model.JobAlertmanager); got != peers {
		t.Errorf("alertmanager job scrapes %v, want %s", got, peers)
	}
	// Each replica scrapes every replica: one sees another die (TargetDownPrometheus).
	if got, want := scraped(model.JobPrometheus), "prometheus:9090 prometheus-1:9090"; got != want {
		t.Errorf("prometheus job scrapes %v, want %s", got, want)
	}
	promtoolCheck(t, e)
}

func tool(t *testing.T, name string) string {
	t.Helper()
	bin := os.Getenv("OPSMON_BIN")
	if bin == "" {
		bin, _ = filepath.Abs("../../.cache/bin")
	}
	p := filepath.Join(bin, name)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("OPSMON_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s missing: %v; run make setup", name, err)
		}
		t.Skipf("%s not built; run make setup", name)
	}
	return p
}
