package hostplan

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// A further host runs node-exporter alone: in the host's namespaces, listening on
// the host's address only, behind its web config, reading the one secret it needs from its own volume.
func TestFurtherHostRunsTheAgentsBehindAPassword(t *testing.T) {
	env := loadEnv(t, "local")
	edge := model.Host{Name: "edge", Docker: model.DockerHost{Host: "unix:///tmp/edge/docker.sock"}, Address: "10.214.7.1"}
	env.Hosts = []model.Host{edge}
	p, err := BuildAgents(env, edge, files)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Containers) != 1 || p.Containers[0].Name != model.NodeExporter {
		t.Fatalf("containers %v, want node-exporter alone", p.Containers)
	}
	ct := p.Containers[0]
	if !ct.HostNamespaces || len(ct.Ports) > 0 || !slices.Contains(ct.Command, "--web.listen-address=10.214.7.1:9100") {
		t.Errorf("host namespaces %v, ports %v, command %v: want the host's namespaces, listening on 10.214.7.1:9100 alone", ct.HostNamespaces, ct.Ports, ct.Command)
	}
	if hc := strings.Join(ct.Healthcheck, " "); !strings.Contains(hc, "://10.214.7.1:9100/") {
		t.Errorf("healthcheck %q does not ask the address it listens on", hc)
	}
	if !slices.Contains(ct.Command, "--web.config.file="+model.NodeExporterAuth.ConfigFile()) {
		t.Errorf("command %v lacks the web config", ct.Command)
	}
	if ct.Secrets == nil || ct.Secrets.WebConfig != SecretNodeExporterWeb || !reflect.DeepEqual(ct.Secrets.Names, []string{SecretNodeExporterWeb}) {
		t.Errorf("secrets %+v, want node-exporter's password and web config", ct.Secrets)
	}
	var names []string
	for _, s := range p.Secrets {
		names = append(names, s.Name)
	}
	if !reflect.DeepEqual(names, []string{SecretNodeExporterWeb}) {
		t.Errorf("the host's secrets are %v, want only %s (no receiver secret leaves the own host)", names, SecretNodeExporterWeb)
	}
	if ct.Labels["opsmon.host"] != "edge" || len(ct.Networks) > 0 {
		t.Errorf("labels %v networks %v", ct.Labels, ct.Networks)
	}
	if _, err := HostByName(env, "nowhere"); err == nil || err.Error() != `environment local has no host "nowhere"; its hosts: [edge]` {
		t.Errorf("HostByName(nowhere) = %v", err)
	}
}

// The own host's node-exporter asks for the same password, and Prometheus holds it.
func TestPrometheusHoldsTheAgentsPassword(t *testing.T) {
	p, err := Build(loadEnv(t, "local"), files)
	if err != nil {
		t.Fatal(err)
	}
	if ne := containerOf(t, p, model.NodeExporter); ne.Secrets == nil || ne.Secrets.WebConfig != SecretNodeExporterWeb {
		t.Errorf("node-exporter secrets %+v", ne.Secrets)
	}
	if pr := containerOf(t, p, model.Prometheus); !slices.Contains(pr.Secrets.Names, SecretNodeExporterWeb) {
		t.Errorf("prometheus secrets %v lack %s", pr.Secrets.Names, SecretNodeExporterWeb)
	}
}
