package hostplan

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// node-exporter runs in the host's network and PID namespaces in every
// environment, listening on its network's gateway alone; Prometheus, and nothing
// else, joins that network and finds it there by its usual name.
func TestNodeExporterSeesTheHostFromItsNamespaces(t *testing.T) {
	for _, name := range []string{"local", "staging", "production"} {
		env := loadEnv(t, name)
		p, err := Build(env, files)
		if err != nil {
			t.Fatal(err)
		}
		addr := env.HostListenAddress()
		if want := (&Network{Name: env.HostNetwork(), Subnet: env.HostSubnet()}); !reflect.DeepEqual(p.HostNet, want) {
			t.Errorf("%s: host network %+v, want %+v", name, p.HostNet, want)
		}
		ne := containerOf(t, p, model.NodeExporter)
		if !ne.HostNamespaces || len(ne.Networks) > 0 || len(ne.Ports) > 0 {
			t.Errorf("%s: node-exporter host namespaces %v, networks %v, ports %v; want the host's, none, none", name, ne.HostNamespaces, ne.Networks, ne.Ports)
		}
		if !slices.Contains(ne.Command, "--web.listen-address="+addr+":9100") {
			t.Errorf("%s: node-exporter command %v does not listen on %s:9100 alone", name, ne.Command, addr)
		}
		if hc := strings.Join(ne.Healthcheck, " "); !strings.Contains(hc, "://"+addr+":9100/") {
			t.Errorf("%s: node-exporter healthcheck %q does not ask %s", name, hc, addr)
		}
		for _, ct := range p.Containers {
			joins := slices.Contains(ct.Networks, env.HostNetwork())
			isProm := ct.Name == model.Prometheus || strings.HasPrefix(ct.Name, model.Prometheus+"-")
			if joins != isProm {
				t.Errorf("%s: %s joins %s: %v; only the Prometheus replicas do", name, ct.Name, env.HostNetwork(), joins)
			}
			if isProm && ct.ExtraHosts[model.NodeExporter] != addr {
				t.Errorf("%s: %s finds node-exporter at %q, want %s", name, ct.Name, ct.ExtraHosts[model.NodeExporter], addr)
			}
		}
	}
	// Each environment that may share an engine with another has its own subnet.
	seen := map[string]string{}
	for _, name := range []string{"local", "staging", "production"} {
		s := loadEnv(t, name).HostSubnet()
		if other, dup := seen[s]; dup {
			t.Errorf("%s and %s both use host_subnet %s", name, other, s)
		}
		seen[s] = name
	}
}

// Docker adds label=disable to a container that shares the host's PID namespace
// or is privileged; the plan declares it too, or every plan would replace it.
func TestDockersOwnSecurityOptionIsDeclared(t *testing.T) {
	p, err := Build(loadEnv(t, "production"), files)
	if err != nil {
		t.Fatal(err)
	}
	for _, ct := range p.Containers {
		want := ct.HostNamespaces || ct.Privileged
		if got := slices.Contains(ct.SecurityOpts(), LabelDisable); got != want {
			t.Errorf("%s (host namespaces %v, privileged %v): %s declared %v, want %v", ct.Name, ct.HostNamespaces, ct.Privileged, LabelDisable, got, want)
		}
		if !slices.Contains(ct.SecurityOpts(), NoNewPrivileges) {
			t.Errorf("%s: security options %v lack %s", ct.Name, ct.SecurityOpts(), NoNewPrivileges)
		}
	}
}
