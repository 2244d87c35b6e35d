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
//
// With web_tls (local with it turned on), every such client also speaks HTTPS and
// trusts a CA certificate the plan places in its container, and every server has
// its certificate placed.
func TestControlAPIsAreBehindAuthAndEveryClientHasThePassword(t *testing.T) {
	builds := map[string]plantest.Plan{"local with web_tls": plantest.BuildWith(t, "local", func(e *model.Environment) { e.WebTLS = true })}
	for _, name := range model.EnvironmentNames {
		builds[name] = plantest.Build(t, name)
	}
	for name, p := range builds {
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
				if m.CA {
					placed[ct.Name+":"+m.Path(model.TLSCAFile)] = true
				}
				if m.TLS != nil {
					placed[ct.Name+":"+m.Path(model.TLSCertFile)] = true
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
			cc, err := commoncfg.LoadHTTPConfig(string(files[clientConfigSource(cts[c], comp.WebAuth.ClientConfig)]))
			if err != nil || cc.BasicAuth == nil || !placed[c+":"+cc.BasicAuth.PasswordFile] {
				t.Errorf("%s/%s: client config (%v) reads a password file the plan does not place", name, c, err)
			}
			if p.Env.WebTLS && (cc == nil || !placed[c+":"+cc.TLSConfig.CAFile] || !placed[c+":"+comp.WebAuth.Dir+"/"+model.TLSCertFile]) {
				t.Errorf("%s/%s: with web_tls, its certificate or the CA its client config trusts is not placed", name, c)
			}
			// Local images log in with the password file; busybox wget upstream would
			// need the password on its command line, so it asks without one and is
			// healthy only on the 401 that shows the login is on.
			if hc := strings.Join(cts[c].Healthcheck, " "); !strings.Contains(hc, "-password-file "+comp.WebAuth.PasswordFile()) && !strings.HasSuffix(hc, `grep -q "HTTP/1.1 401 "`) {
				t.Errorf("%s/%s: healthcheck %q neither authenticates nor requires the 401 of an API behind its login", name, c, hc)
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
				Scheme    string               `yaml:"scheme"`
				BasicAuth *commoncfg.BasicAuth `yaml:"basic_auth"`
				TLSConfig struct {
					CAFile string `yaml:"ca_file"`
				} `yaml:"tls_config"`
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
			if sc.BasicAuth != nil && p.Env.WebTLS && (sc.Scheme != "https" || !placed[model.Prometheus+":"+sc.TLSConfig.CAFile]) {
				t.Errorf("%s: job %s scrapes over %q trusting %q, want https and a CA the plan places in Prometheus", name, sc.JobName, sc.Scheme, sc.TLSConfig.CAFile)
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

// clientConfigSource is the rendered file uploaded at path.
func clientConfigSource(ct hostplan.Container, path string) string {
	for _, f := range ct.Files {
		if f.Path == path {
			return f.Source
		}
	}
	return ""
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
