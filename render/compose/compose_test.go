package compose

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/grafanaprov"
)

// renderEnv renders the compose file of one environment from the committed
// config files (the render test of each renderer proves those).
func renderEnv(t *testing.T, name string) (model.Environment, hostplan.Plan, []byte) {
	t.Helper()
	env, err := model.LoadEnvironment("../../environments", name)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, dir := range []string{"../../monitoring/prometheus", "../../monitoring/alerting", "../../monitoring/dockerproxy", "../../monitoring/grafana/provisioning"} {
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			files[strings.TrimPrefix(p, "../../")] = b
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	plan, err := hostplan.Build(env, files)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Render(env, plan)
	if err != nil {
		t.Fatal(err)
	}
	return env, plan, out[Path]
}

// The file loads with compose-go, the loader `docker compose config` runs (schema
// validation, interpolation, normalisation), and every container of the plan is
// there with its image, healthcheck, networks and volumes.
func TestComposeFileLoadsLikeDockerComposeConfig(t *testing.T) {
	for _, name := range []string{"production", "local"} {
		t.Run(name, func(t *testing.T) {
			env, plan, raw := renderEnv(t, name)
			dir := t.TempDir()
			project, err := loader.LoadWithContext(context.Background(), types.ConfigDetails{
				WorkingDir:  dir,
				ConfigFiles: []types.ConfigFile{{Filename: filepath.Join(dir, "docker-compose.monitoring.yml"), Content: raw}},
				Environment: types.Mapping{"DOCKER_SOCKET_GID": "999"},
			}, func(o *loader.Options) { o.SetProjectName("opsmon-"+name, true) })
			if err != nil {
				t.Fatalf("compose-go refuses the file: %v", err)
			}
			if len(project.Services) != len(plan.Containers) {
				t.Errorf("%d services for %d containers", len(project.Services), len(plan.Containers))
			}
			for _, c := range plan.Containers {
				s, ok := project.Services[c.Name]
				if !ok {
					t.Errorf("no service %s", c.Name)
					continue
				}
				if s.Image != c.Image || s.ContainerName != c.Name {
					t.Errorf("%s: image %s name %s, want %s %s", c.Name, s.Image, s.ContainerName, c.Image, c.Name)
				}
				if s.HealthCheck == nil || strings.Join(s.HealthCheck.Test, " ") != strings.Join(c.Healthcheck, " ") {
					t.Errorf("%s: healthcheck %v, want %v", c.Name, s.HealthCheck, c.Healthcheck)
				}
				if len(s.Networks) != len(c.Networks) {
					t.Errorf("%s: networks %v, want %v", c.Name, s.Networks, c.Networks)
				}
				for _, n := range c.Networks {
					if _, ok := s.Networks[n]; !ok {
						t.Errorf("%s: not on network %s", c.Name, n)
					}
				}
				if strings.Join(s.CapDrop, ",") != "ALL" || !slices.Contains(s.SecurityOpt, hostplan.NoNewPrivileges) ||
					s.PidsLimit != int64(c.PidsLimit) || s.CPUS != mustFloat(t, c.CPUs) {
					t.Errorf("%s: cap_drop %v, security_opt %v, pids_limit %d, cpus %v: want ALL, %s, %d, %s",
						c.Name, s.CapDrop, s.SecurityOpt, s.PidsLimit, s.CPUS, hostplan.NoNewPrivileges, c.PidsLimit, c.CPUs)
				}
				for k, v := range c.Labels {
					if s.Labels[k] != v {
						t.Errorf("%s: label %s=%q, want %q", c.Name, k, s.Labels[k], v)
					}
				}
				mounts := map[string]types.ServiceVolumeConfig{}
				for _, v := range s.Volumes {
					mounts[v.Target] = v
				}
				for _, f := range c.Files {
					m, ok := mounts[f.Path]
					if !ok || !m.ReadOnly {
						t.Errorf("%s: %s not mounted read-only (%+v)", c.Name, f.Path, m)
					}
					if f.Source != "" {
						if _, err := os.Stat(filepath.Join("../..", f.Source)); err != nil {
							t.Errorf("%s: mounts %s, which the render does not commit: %v", c.Name, f.Source, err)
						}
					}
				}
				for _, v := range c.Volumes {
					if m := mounts[v.Target]; m.Type != types.VolumeTypeVolume || project.Volumes[m.Source].Name != v.Name {
						t.Errorf("%s: data volume %s at %s missing or renamed (%+v)", c.Name, v.Name, v.Target, m)
					}
				}
			}
			for _, n := range env.Networks.Names {
				if nw, ok := project.Networks[n]; !ok || bool(nw.External) == env.Networks.Create || nw.Name != n {
					t.Errorf("network %s: %+v, want external=%v", n, nw, !env.Networks.Create)
				}
			}
		})
	}
}

// Production routes the UIs through Traefik with their auth, and no secret value is
// in the file: secrets are files in external volumes that make secrets-push fills.
func TestProductionComposeHasTraefikAndNoSecrets(t *testing.T) {
	_, _, raw := renderEnv(t, "production")
	var f File
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		t.Fatal(err)
	}
	for svc, host := range map[string]string{"prometheus": "prometheus.magicunicorn.tech", "alertmanager": "alertmanager.magicunicorn.tech", "grafana": "grafana.magicunicorn.tech"} {
		if got := f.Services[svc].Labels["traefik.http.routers."+svc+".rule"]; got != "Host(`"+host+"`)" {
			t.Errorf("%s: router rule %q", svc, got)
		}
	}
	if got := f.Services["prometheus"].Labels["traefik.http.routers.prometheus.middlewares"]; got != "ops-auth@file,opsmon-production-prometheus-login@file" {
		t.Errorf("prometheus is not behind the auth middleware: %q", got)
	}
	if got := f.Services["postgres-exporter"].Environment["DATA_SOURCE_PASS_FILE"]; got != "/run/secrets/postgres_exporter_password" {
		t.Errorf("postgres-exporter's password file is %q, want its secrets volume's file", got)
	}
	if v := f.Volumes["opsmon-production-secrets-postgres-exporter"]; !v.External || !slices.Contains(f.Services["postgres-exporter"].Volumes, "opsmon-production-secrets-postgres-exporter:/run/secrets:ro") {
		t.Errorf("postgres-exporter does not mount its external secrets volume read-only: %+v %v", v, f.Services["postgres-exporter"].Volumes)
	}
	if len(f.Services["prometheus"].Ports) != 0 {
		t.Errorf("production publishes prometheus: %v", f.Services["prometheus"].Ports)
	}
}

func mustFloat(t *testing.T, s string) float32 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 32)
	if err != nil {
		t.Fatalf("cpus %q: %v", s, err)
	}
	return float32(f)
}

// A compose user gets Grafana's data source and the 15 dashboards with no
// Terraform: each is a committed rendered file bound into Grafana, read-only.
func TestComposeProvisionsGrafana(t *testing.T) {
	_, _, raw := renderEnv(t, "production")
	var f File
	if err := yaml.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	targets := map[string]bool{}
	for _, v := range f.Services[model.Grafana].Volumes {
		src, rest, ok := strings.Cut(v, ":")
		if !ok || !strings.HasPrefix(src, "./") {
			continue
		}
		if _, err := os.Stat(filepath.Join("../../monitoring", src)); err != nil {
			t.Errorf("%s: the source is not a committed rendered file: %v", v, err)
		}
		target, mode, _ := strings.Cut(rest, ":")
		if mode != "ro" {
			t.Errorf("%s is not read-only", v)
		}
		targets[target] = true
	}
	dashboardFiles := 0
	for target := range targets {
		if strings.HasPrefix(target, grafanaprov.ContainerDashboardsDir+"/") && strings.HasSuffix(target, ".json") {
			dashboardFiles++
		}
	}
	for _, want := range []string{"/etc/grafana/provisioning/datasources/opsmon.yml", "/etc/grafana/provisioning/dashboards/opsmon.yml"} {
		if !targets[want] {
			t.Errorf("grafana does not mount %s: %v", want, targets)
		}
	}
	if dashboardFiles != 15 {
		t.Errorf("grafana mounts %d dashboards, want 15", dashboardFiles)
	}
}
