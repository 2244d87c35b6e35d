package hostplan

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Who shares a network with whom: Alertmanager and the host agents are out of
// reach of every product container; stand-ins are the product, on its network.
func TestOnlyWhatReachesTheProductJoinsItsNetworks(t *testing.T) {
	cases := map[string]map[string]string{
		"local": {
			model.Prometheus:   "opsmon-local-monitoring opsmon-local opsmon-local-host",
			model.Alertmanager: "opsmon-local-monitoring",
			// In the host's namespaces; only Prometheus joins the network of its address.
			model.NodeExporter:     "",
			model.BlackboxExporter: "opsmon-local-monitoring opsmon-local",
			model.LocalRedis:       "opsmon-local",
			model.OpsCenterDemo:    "opsmon-local",
		},
		"production": {
			// Traefik reaches the routed UIs on the edge network alone; only
			// Prometheus (it scrapes) joins the product's.
			model.Prometheus: "opsmon-production-monitoring unicorn-network web uchub-network opsmon-production-edge opsmon-production-host",
			// The peers gossip on a network of their own, never on Traefik's.
			model.Alertmanager: "opsmon-production-monitoring opsmon-production-edge opsmon-production-gossip",
			"alertmanager-1":   "opsmon-production-monitoring opsmon-production-gossip",
			"prometheus-1":     "opsmon-production-monitoring unicorn-network web uchub-network opsmon-production-host",
			model.Grafana:      "opsmon-production-monitoring opsmon-production-edge",
			model.CAdvisor:     "opsmon-production-monitoring",
		},
	}
	for env, want := range cases {
		p, err := Build(loadEnv(t, env), files)
		if err != nil {
			t.Fatal(err)
		}
		if p.MonitoringNetwork != "opsmon-"+env+"-monitoring" {
			t.Errorf("%s: monitoring network %q", env, p.MonitoringNetwork)
		}
		for name, nets := range want {
			if got := strings.Join(containerOf(t, p, name).Networks, " "); got != nets {
				t.Errorf("%s: %s joins %q, want %q", env, name, got, nets)
			}
		}
	}
}

// Traefik routes only the UIs it is told to; every other container says no, for a
// Traefik that exposes containers by default.
func TestTraefikRoutesNothingUnasked(t *testing.T) {
	p, err := Build(loadEnv(t, "production"), files)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.Containers {
		routed := c.Labels["traefik.http.routers."+c.Name+".rule"] != ""
		if want := map[bool]string{true: "true", false: "false"}[routed]; c.Labels["traefik.enable"] != want {
			t.Errorf("%s: traefik.enable=%q, want %q", c.Name, c.Labels["traefik.enable"], want)
		}
	}
	if got := containerOf(t, p, model.BlackboxExporter).Labels["traefik.enable"]; got != "false" {
		t.Errorf("blackbox-exporter traefik.enable=%q", got)
	}
}

func TestEveryContainerIsHardened(t *testing.T) {
	for _, env := range model.EnvironmentNames {
		p, err := Build(loadEnv(t, env), files)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range p.Containers {
			if !c.NoNewPrivileges || c.CPUs == "" || c.PidsLimit != PidsLimit || len(c.CapAdd) != 0 {
				t.Errorf("%s/%s: no-new-privileges %v, cpus %q, pids %d, caps added %v", env, c.Name, c.NoNewPrivileges, c.CPUs, c.PidsLimit, c.CapAdd)
			}
		}
	}
}

// A replace of a stateful container (any config change) stops it gracefully, so
// Alertmanager's shutdown snapshot keeps the silences made since the last one.
func TestStatefulContainersStopGracefully(t *testing.T) {
	p, err := Build(loadEnv(t, "production"), files)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.Containers {
		m, _ := model.ComponentByName(strings.TrimRight(strings.TrimRight(c.Name, "0123456789"), "-"))
		stateful := m.DataVolume != nil
		if graceful := c.StopGraceSeconds == StatefulStopGrace; graceful != stateful {
			t.Errorf("%s: stop grace %d s, data volume %v", c.Name, c.StopGraceSeconds, m.DataVolume)
		}
	}
	if cmd := containerOf(t, p, model.Prometheus).Command; slices.Contains(cmd, "--web.enable-lifecycle") {
		t.Errorf("prometheus enables the lifecycle API: %v", cmd)
	}
}

// Prometheus discovers containers through the read-only proxy's socket, shared in a
// volume it mounts read-only; only the proxy holds the engine's socket.
func TestOnlyTheProxyHoldsTheDockerSocket(t *testing.T) {
	p, err := Build(loadEnv(t, "production"), files)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.Containers {
		for _, b := range c.Binds {
			if b.Source == "/var/run/docker.sock" && c.Name != model.DockerProxy && c.Name != model.CAdvisor {
				t.Errorf("%s mounts the Docker socket", c.Name)
			}
		}
	}
	prom, proxy := containerOf(t, p, model.Prometheus), containerOf(t, p, model.DockerProxy)
	if prom.GroupAddVariable != "" || proxy.GroupAddVariable != "docker_socket_gid" {
		t.Errorf("socket group: prometheus %q, docker-proxy %q", prom.GroupAddVariable, proxy.GroupAddVariable)
	}
	want := Volume{Name: "opsmon-production-docker-proxy-socket", Target: model.DockerProxySocketDir, ReadOnly: true}
	if !slices.Contains(prom.Volumes, want) {
		t.Errorf("prometheus volumes %v lack %v", prom.Volumes, want)
	}
	if !slices.Contains(proxy.Volumes, Volume{Name: want.Name, Target: model.DockerProxyHome}) {
		t.Errorf("docker-proxy volumes %v lack its writable socket folder", proxy.Volumes)
	}
	if strings.Join(proxy.Networks, " ") != "opsmon-production-monitoring" {
		t.Errorf("docker-proxy joins %v", proxy.Networks)
	}
}

// Rendered files are read from a read-only config volume, on a read-only root;
// the volume is named after the files, so a changed file names a new one (and a
// replace), and a removed file cannot linger in an old volume.
func TestRenderedFilesAreInAReadOnlyConfigVolume(t *testing.T) {
	for _, env := range model.EnvironmentNames {
		p, err := Build(loadEnv(t, env), files)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range p.Containers {
			if len(c.Files) == 0 {
				if c.Config != nil {
					t.Errorf("%s/%s: a config volume without files", env, c.Name)
				}
				continue
			}
			// Grafana's root stays writable: no Grafana runs here to show it works
			// read-only. Its files are in the read-only volume all the same.
			if c.Config == nil || (!c.ReadOnly && c.Name != model.Grafana) {
				t.Errorf("%s/%s: %d files, config volume %+v, read-only root %v", env, c.Name, len(c.Files), c.Config, c.ReadOnly)
				continue
			}
			for _, f := range c.Files {
				if !strings.HasPrefix(f.Path, c.Config.Dir+"/") {
					t.Errorf("%s/%s: %s is outside its config volume at %s", env, c.Name, f.Path, c.Config.Dir)
				}
			}
			mounts := slices.Clone(c.Tmpfs)
			for _, v := range c.Volumes {
				mounts = append(mounts, v.Target)
			}
			for _, b := range c.Binds {
				mounts = append(mounts, b.Target)
			}
			if c.Secrets != nil {
				mounts = append(mounts, c.Secrets.Dir)
			}
			for _, m := range mounts {
				if strings.HasPrefix(m+"/", c.Config.Dir+"/") {
					t.Errorf("%s/%s: a mount at %s inside the read-only %s: Docker cannot create its mount point", env, c.Name, m, c.Config.Dir)
				}
			}
		}
	}
	env := loadEnv(t, "production")
	before := containerOf(t, mustBuild(t, env, files), model.Prometheus).Config.Name
	changed := maps.Clone(files)
	changed["monitoring/prometheus/prometheus.yml"] = append(slices.Clone(files["monitoring/prometheus/prometheus.yml"]), '\n')
	if after := containerOf(t, mustBuild(t, env, changed), model.Prometheus).Config.Name; after == before {
		t.Errorf("a changed prometheus.yml keeps the config volume %s", before)
	}
}

func mustBuild(t *testing.T, env model.Environment, files map[string][]byte) Plan {
	t.Helper()
	p, err := Build(env, files)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
