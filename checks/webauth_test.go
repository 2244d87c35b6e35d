package checks

import (
	"slices"
	"strings"
	"testing"

	commoncfg "github.com/prometheus/common/config"
	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/hostplan/plantest"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Every environment puts Prometheus and Alertmanager behind basic auth, and every
// client in the render authenticates with a password file the plan places: the web
// configs, Prometheus's alerting and its scrapes of both APIs, and the client
// configs promtool and amtool read in the runbooks.
func TestControlAPIsAreBehindAuthAndEveryClientHasThePassword(t *testing.T) {
	for _, name := range model.EnvironmentNames {
		p := plantest.Build(t, name)
		plan, files := p.Plan, p.Files
		placed := map[string]bool{} // container:path of every secret file
		cts := map[string]hostplan.Container{}
		for _, ct := range plan.Containers {
			cts[ct.Name] = ct
			if m := ct.Secrets; m != nil {
				for _, n := range m.Names {
					placed[ct.Name+":"+m.Path(n)] = true
				}
				if m.WebConfig != "" {
					placed[ct.Name+":"+m.Path(model.WebConfigFile)] = true
				}
			}
		}
		for _, c := range []string{model.Prometheus, model.Alertmanager} {
			comp, _ := model.ComponentByName(c)
			flag := "--web.config.file=" + comp.WebAuth.ConfigFile()
			if !slices.Contains(cts[c].Command, flag) || !placed[c+":"+comp.WebAuth.ConfigFile()] {
				t.Errorf("%s/%s: no %s, or its file is not placed (secrets %+v)", name, c, flag, cts[c].Secrets)
			}
			if !hasFile(cts[c], comp.WebAuth.ClientConfig) {
				t.Errorf("%s/%s: client config %s is not uploaded", name, c, comp.WebAuth.ClientConfig)
			}
			cc, err := commoncfg.LoadHTTPConfig(string(comp.WebAuth.ClientConfigYAML()))
			if err != nil || cc.BasicAuth == nil || !placed[c+":"+cc.BasicAuth.PasswordFile] {
				t.Errorf("%s/%s: client config (%v) reads a password file the plan does not place", name, c, err)
			}
			if hc := strings.Join(cts[c].Healthcheck, " "); !strings.Contains(hc, comp.WebAuth.PasswordFile()) {
				t.Errorf("%s/%s: healthcheck %q does not authenticate", name, c, hc)
			}
		}
		var cfg struct {
			Alerting struct {
				Alertmanagers []struct {
					BasicAuth *commoncfg.BasicAuth `yaml:"basic_auth"`
				} `yaml:"alertmanagers"`
			} `yaml:"alerting"`
			ScrapeConfigs []struct {
				JobName   string               `yaml:"job_name"`
				BasicAuth *commoncfg.BasicAuth `yaml:"basic_auth"`
			} `yaml:"scrape_configs"`
		}
		if err := yaml.Unmarshal(files["monitoring/prometheus/prometheus.yml"], &cfg); err != nil {
			t.Fatal(err)
		}
		var uses []string
		for _, am := range cfg.Alerting.Alertmanagers {
			uses = append(uses, "alerting:"+passwordFile(am.BasicAuth))
		}
		for _, sc := range cfg.ScrapeConfigs {
			if sc.JobName == model.JobPrometheus || sc.JobName == model.JobAlertmanager {
				uses = append(uses, sc.JobName+":"+passwordFile(sc.BasicAuth))
			}
		}
		if len(uses) != 3 {
			t.Errorf("%s: want alerting and the two API scrapes authenticated, got %v", name, uses)
		}
		for _, u := range uses {
			what, file, _ := strings.Cut(u, ":")
			if !placed[model.Prometheus+":"+file] {
				t.Errorf("%s: prometheus.yml %s reads password file %q, which the plan does not place in Prometheus", name, what, file)
			}
		}
	}
}

func passwordFile(b *commoncfg.BasicAuth) string {
	if b == nil {
		return ""
	}
	return b.PasswordFile
}

func hasFile(ct hostplan.Container, path string) bool {
	for _, f := range ct.Files {
		if f.Path == path {
			return true
		}
	}
	return false
}
