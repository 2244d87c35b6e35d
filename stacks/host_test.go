package stacks

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render"
)

type synthesized struct {
	Variable map[string]struct {
		Sensitive bool    `json:"sensitive"`
		Default   *string `json:"default"`
	} `json:"variable"`
	Resource struct {
		Container map[string]dockerContainer `json:"docker_container"`
		Network   map[string]any             `json:"docker_network"`
		Volume    map[string]struct {
			Name string `json:"name"`
		} `json:"docker_volume"`
		Image map[string]struct {
			Name        string `json:"name"`
			KeepLocally bool   `json:"keep_locally"`
		} `json:"docker_image"`
	} `json:"resource"`
}

type dockerContainer struct {
	Name        string            `json:"name"`
	Image       string            `json:"image"`
	Env         []string          `json:"env"`
	Memory      float64           `json:"memory"`
	ReadOnly    bool              `json:"read_only"`
	Start       *bool             `json:"start"`
	NetworkMode string            `json:"network_mode"`
	User        string            `json:"user"`
	Restart     string            `json:"restart"`
	LogOpts     map[string]string `json:"log_opts"`
	Ulimit      []struct {
		Name string  `json:"name"`
		Soft float64 `json:"soft"`
		Hard float64 `json:"hard"`
	} `json:"ulimit"`
	Ports []struct {
		IP       string  `json:"ip"`
		External float64 `json:"external"`
	} `json:"ports"`
	Labels []struct {
		Label string `json:"label"`
		Value string `json:"value"`
	} `json:"labels"`
	Upload []struct {
		File    string `json:"file"`
		Content string `json:"content"`
	} `json:"upload"`
	Volumes []struct {
		VolumeName string `json:"volume_name"`
		HostPath   string `json:"host_path"`
		ReadOnly   bool   `json:"read_only"`
	} `json:"volumes"`
	Healthcheck struct {
		Test []string `json:"test"`
	} `json:"healthcheck"`
	NetworksAdvanced []struct {
		Name string `json:"name"`
	} `json:"networks_advanced"`
}

// volumeName resolves a reference to a docker_volume's name.
func volumeName(s synthesized, ref string) string {
	id, ok := strings.CutPrefix(ref, "${docker_volume.")
	if !ok {
		return ""
	}
	if id, ok = strings.CutSuffix(id, ".name}"); !ok {
		return ""
	}
	return s.Resource.Volume[id].Name
}

func loadEnv(t *testing.T, name string) model.Environment {
	t.Helper()
	env, err := model.LoadEnvironment("../environments", name)
	if err != nil {
		t.Fatal(err)
	}
	return env
}

func synthHost(t *testing.T, env model.Environment) (cdktf.TerraformStack, string, synthesized) {
	t.Helper()
	files, err := render.All(env)
	if err != nil {
		t.Fatal(err)
	}
	app := cdktf.Testing_App(nil)
	stack, err := NewHostStack(app, env.Name+"-host", env, files)
	if err != nil {
		t.Fatal(err)
	}
	raw := *cdktf.Testing_Synth(stack, jsii.Bool(true))
	var out synthesized
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		t.Fatal(err)
	}
	return stack, raw, out
}

func byName(t *testing.T, s synthesized) map[string]dockerContainer {
	t.Helper()
	out := map[string]dockerContainer{}
	for _, c := range s.Resource.Container {
		out[c.Name] = c
	}
	return out
}

func TestLocalHostStackRunsEveryBuildableContainerOnLoopback(t *testing.T) {
	env := loadEnv(t, "local")
	_, raw, s := synthHost(t, env)
	got := byName(t, s)
	for _, c := range env.Containers() {
		ct, ok := got[c.Name]
		if !ok {
			t.Errorf("container %s missing from local-host", c.Name)
			continue
		}
		if ct.Restart != "unless-stopped" || ct.Memory != float64(c.MemoryMB) || ct.LogOpts["max-size"] != "10m" {
			t.Errorf("%s: restart=%q memory=%v log_opts=%v", c.Name, ct.Restart, ct.Memory, ct.LogOpts)
		}
		if len(ct.Healthcheck.Test) < 2 {
			t.Errorf("%s has no healthcheck", c.Name)
		}
		// The provider has no pids limit: a container with a user of its own gets
		// ulimit nproc instead; root gets none (every root process counts).
		uid, _, _ := strings.Cut(ct.User, ":")
		limited := len(ct.Ulimit) == 1 && ct.Ulimit[0].Name == "nproc" && ct.Ulimit[0].Hard == hostplan.NprocLimit
		if root := uid == "" || uid == "0" || uid == "root"; limited == root {
			t.Errorf("%s (user %q): ulimit %+v; want nproc %d exactly when it does not run as root", c.Name, ct.User, ct.Ulimit, hostplan.NprocLimit)
		}
		for _, p := range ct.Ports {
			if p.IP != "127.0.0.1" {
				t.Errorf("%s publishes on %q, want 127.0.0.1 only", c.Name, p.IP)
			}
		}
	}
	for name := range env.Absent() {
		if _, ok := got[name]; ok {
			t.Errorf("%s cannot run locally but was declared", name)
		}
	}
	for _, img := range s.Resource.Image {
		if !strings.HasPrefix(img.Name, "opsmon-local/") || !img.KeepLocally {
			t.Errorf("local image %q: want a locally built opsmon-local/ image kept on destroy", img.Name)
		}
	}
	if len(s.Resource.Network) != 3 {
		t.Errorf("local stack should create its product network, its monitoring network and node-exporter's, got %d docker_network", len(s.Resource.Network))
	}
	if !strings.Contains(raw, `"volume_name": "opsmon-local-prometheus-data"`) {
		t.Error("Prometheus data is not on the named volume opsmon-local-prometheus-data")
	}
}

// The stack's only volumes are config volumes (a destroy may remove them: the
// files are rendered again); data volumes are never resources.
func TestDataVolumesAreNeverTerraformResources(t *testing.T) {
	for _, name := range model.EnvironmentNames {
		env := loadEnv(t, name)
		_, _, s := synthHost(t, env)
		data := map[string]bool{}
		for _, v := range env.DataVolumes() {
			data[v] = true
		}
		for id, v := range s.Resource.Volume {
			if data[v.Name] || !strings.Contains(v.Name, "-config-") {
				t.Errorf("%s declares docker_volume %s (%q); a destroy would delete it", name, id, v.Name)
			}
		}
		if len(s.Resource.Volume) == 0 {
			t.Errorf("%s declares no config volume", name)
		}
	}
}

// Every container that reads rendered files reads them from its config volume,
// mounted read-only, on a read-only root; only its loader, never started and on
// no network, receives uploads.
func TestRenderedFilesAreInReadOnlyConfigVolumes(t *testing.T) {
	env := loadEnv(t, "production")
	_, _, s := synthHost(t, env)
	got := byName(t, s)
	loaders := 0
	for _, c := range s.Resource.Container {
		of := ""
		for _, l := range c.Labels {
			if l.Label == "opsmon.config-of" {
				of = l.Value
			}
		}
		if of == "" {
			if len(c.Upload) > 0 {
				t.Errorf("%s: %d files uploaded into a container that runs", c.Name, len(c.Upload))
			}
			continue
		}
		loaders++
		if c.Start == nil || *c.Start || c.NetworkMode != "none" || len(c.Upload) == 0 {
			t.Errorf("loader %s: start %v, network %q, %d files", c.Name, c.Start, c.NetworkMode, len(c.Upload))
		}
		main, ok := got[of]
		if !ok || len(c.Volumes) != 1 {
			t.Fatalf("loader %s serves %q (declared %v) with volumes %+v", c.Name, of, ok, c.Volumes)
		}
		name := volumeName(s, c.Volumes[0].VolumeName)
		mounted := false
		for _, v := range main.Volumes {
			if v.VolumeName == name {
				mounted = v.ReadOnly
			}
		}
		// Grafana's root stays writable (hostplan's TestRenderedFilesAreInAReadOnlyConfigVolume says why).
		if name == "" || !mounted || (!main.ReadOnly && of != model.Grafana) {
			t.Errorf("%s (read-only root %v) does not mount its loader's volume %q (%s) read-only: %+v", of, main.ReadOnly, name, c.Volumes[0].VolumeName, main.Volumes)
		}
	}
	if loaders == 0 {
		t.Error("no loader container declared")
	}
}

func TestProductionAttachesToExistingNetworksBehindTraefik(t *testing.T) {
	env := loadEnv(t, "production")
	_, _, s := synthHost(t, env)
	// The product's networks exist; the stack creates only its monitoring network,
	// the Alertmanager peers' gossip network and node-exporter's, with their subnets.
	if len(s.Resource.Network) != 3 {
		t.Fatalf("production must create its monitoring, gossip and host networks only, got %v", s.Resource.Network)
	}
	for _, n := range s.Resource.Network {
		m := n.(map[string]any)
		switch m["name"] {
		case env.MonitoringNetwork():
		case env.GossipNetwork():
			if ipam := fmt.Sprint(m["ipam_config"]); !strings.Contains(ipam, env.GossipSubnet()) {
				t.Errorf("gossip network ipam %s, want subnet %s", ipam, env.GossipSubnet())
			}
		case env.HostNetwork():
			if ipam := fmt.Sprint(m["ipam_config"]); !strings.Contains(ipam, env.HostSubnet()) {
				t.Errorf("host network ipam %s, want subnet %s", ipam, env.HostSubnet())
			}
		default:
			t.Errorf("production creates network %v", m["name"])
		}
	}
	wantImages := map[string]bool{}
	for _, c := range env.Containers() {
		wantImages[c.Upstream] = true
	}
	for _, img := range s.Resource.Image {
		if !wantImages[img.Name] {
			t.Errorf("unexpected image %q in production", img.Name)
		}
	}
	got := byName(t, s)
	prom := got[model.Prometheus]
	if len(prom.Ports) != 0 {
		t.Errorf("production publishes host ports for prometheus: %+v", prom.Ports)
	}
	var nets []string
	for _, n := range prom.NetworksAdvanced {
		nets = append(nets, n.Name)
	}
	if strings.Join(nets, ",") != "${docker_network.monitoring_network-opsmon-production-monitoring_EE8506D1.name},unicorn-network,web,uchub-network,opsmon-production-edge,${docker_network.monitoring_network-opsmon-production-host_79F43FC0.name}" {
		t.Errorf("prometheus networks = %v", nets)
	}
	labels := map[string]string{}
	for _, l := range prom.Labels {
		labels[l.Label] = l.Value
	}
	if labels["traefik.http.routers.prometheus.rule"] != "Host(`prometheus.magicunicorn.tech`)" ||
		labels["traefik.http.routers.prometheus.middlewares"] != "ops-auth@file,opsmon-production-prometheus-login@file" ||
		labels["traefik.http.routers.prometheus.tls.certresolver"] != "letsencrypt" {
		t.Errorf("prometheus traefik labels = %v", labels)
	}
	for _, l := range got[model.Grafana].Labels {
		if strings.HasSuffix(l.Label, ".middlewares") {
			t.Errorf("grafana has its own login and should not sit behind the auth middleware")
		}
	}
}

// No secret is a Terraform input: plans need none, and neither plans nor state can
// hold one. Containers mount their secrets volume read-only instead.
func TestNoSecretIsATerraformInput(t *testing.T) {
	env := loadEnv(t, "production")
	_, raw, s := synthHost(t, env)
	for name, v := range s.Variable {
		if v.Sensitive || name != "docker_socket_gid" {
			t.Errorf("variable %s (sensitive=%v): the host stack takes no input but the socket's group", name, v.Sensitive)
		}
	}
	for _, c := range s.Resource.Container {
		for _, u := range c.Upload {
			if strings.HasPrefix(u.File, model.SecretsDir+"/") {
				t.Errorf("secret file %s is uploaded by Terraform into %s", u.File, c.Name)
			}
		}
	}
	am := byName(t, s)[model.Alertmanager]
	mounted := false
	for _, v := range am.Volumes {
		if v.VolumeName == "opsmon-production-secrets-alertmanager" {
			mounted = v.ReadOnly
		}
	}
	if !mounted {
		t.Errorf("alertmanager does not mount its secrets volume read-only: %+v", am.Volumes)
	}
	for _, e := range byName(t, s)[model.Grafana].Env {
		if strings.HasPrefix(e, "GF_SECURITY_ADMIN_PASSWORD=") {
			t.Errorf("grafana's admin password is a variable: %s", e)
		}
	}
	if strings.Contains(raw, "hooks.slack.com") || strings.Contains(raw, "sensitive") {
		t.Error("the synthesized JSON names a secret value or a sensitive input")
	}
}

func TestSynthesizedStacksAreValidTerraform(t *testing.T) {
	tofu := requireTool(t, "tofu")
	for _, name := range []string{"local", "production"} {
		stack, _, _ := synthHost(t, loadEnv(t, name))
		dir := filepath.Join(*cdktf.Testing_FullSynth(stack), "stacks", name+"-host")
		tofuValidate(t, tofu, dir)
	}
}

// tofuValidate runs the real `tofu init` (offline, from the provider mirror) and
// `tofu validate` in a synthesized stack folder, failing with tofu's own words.
func tofuValidate(t *testing.T, tofu, dir string) {
	t.Helper()
	for _, args := range [][]string{{"init", "-backend=false", "-input=false", "-no-color"}, {"validate", "-no-color"}} {
		cmd := exec.Command(tofu, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+tofuConfig(), "CHECKPOINT_DISABLE=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("tofu %s in %s: %v\n%s", args[0], dir, err, out)
		}
	}
}

func tofuConfig() string {
	if c := os.Getenv("TF_CLI_CONFIG_FILE"); c != "" && !strings.HasSuffix(c, "/.terraformrc") {
		return c
	}
	c, _ := filepath.Abs("../.cache/tofurc")
	return c
}
