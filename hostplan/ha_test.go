package hostplan

import (
	"slices"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// With HA on, Prometheus runs as replicas that name themselves, and Alertmanager as
// peers that each list the others; every replica has its own data and secrets,
// and only the base is published.
func TestHAReplicatesPrometheusAndClustersAlertmanager(t *testing.T) {
	env := loadEnv(t, "local")
	env.HA = model.HA{PrometheusReplicas: 2, AlertmanagerPeers: 3}
	p, err := Build(env, files)
	if err != nil {
		t.Fatal(err)
	}
	volumes := map[string]string{}
	for _, name := range []string{"prometheus", "prometheus-1", "alertmanager", "alertmanager-1", "alertmanager-2"} {
		ct := containerOf(t, p, name)
		for _, v := range ct.Volumes {
			if v.Data {
				if other, dup := volumes[v.Name]; dup {
					t.Errorf("%s and %s share data volume %s", name, other, v.Name)
				}
				volumes[v.Name] = name
			}
		}
		if ct.Secrets == nil || ct.Secrets.Volume != env.VolumeName("secrets-"+name) {
			t.Errorf("%s: secrets %+v, want its own volume", name, ct.Secrets)
		}
		if published := len(ct.Ports) > 0; published != !strings.Contains(name, "-") {
			t.Errorf("%s: ports %v; only the base is published", name, ct.Ports)
		}
	}
	if len(volumes) != 5 {
		t.Errorf("data volumes %v, want one per replica", volumes)
	}
	for _, name := range []string{"prometheus", "prometheus-1"} {
		ct := containerOf(t, p, name)
		if ct.Env[model.ReplicaEnv] != name {
			t.Errorf("%s: env %v; want %s=%s", name, ct.Env, model.ReplicaEnv, name)
		}
	}
	// Each peer at its fixed address on the gossip network, listening there alone.
	addr := map[string]string{"alertmanager": "10.213.253.2", "alertmanager-1": "10.213.253.3", "alertmanager-2": "10.213.253.4"}
	want := map[string][]string{
		"alertmanager":   {"--cluster.peer=10.213.253.3:9094", "--cluster.peer=10.213.253.4:9094"},
		"alertmanager-1": {"--cluster.peer=10.213.253.2:9094", "--cluster.peer=10.213.253.4:9094"},
		"alertmanager-2": {"--cluster.peer=10.213.253.2:9094", "--cluster.peer=10.213.253.3:9094"},
	}
	if p.Gossip == nil || p.Gossip.Name != env.GossipNetwork() || p.Gossip.Subnet != model.DefaultGossipSubnet {
		t.Errorf("gossip network %+v, want %s on %s", p.Gossip, env.GossipNetwork(), model.DefaultGossipSubnet)
	}
	for _, ct := range p.Containers {
		_, peer := addr[ct.Name]
		if joins := slices.Contains(ct.Networks, env.GossipNetwork()); joins != peer || (peer && ct.Addresses[env.GossipNetwork()] != addr[ct.Name]) {
			t.Errorf("%s: networks %v addresses %v; only the peers join the gossip network, each at its address", ct.Name, ct.Networks, ct.Addresses)
		}
	}
	for name, peers := range want {
		var got []string
		listen := ""
		for _, a := range containerOf(t, p, name).Command {
			if strings.HasPrefix(a, "--cluster.peer=") {
				got = append(got, a)
			}
			if v, ok := strings.CutPrefix(a, "--cluster.listen-address="); ok {
				listen = v
			}
		}
		if !slices.Equal(got, peers) || listen != addr[name]+":9094" {
			t.Errorf("%s: peers %v listen %q, want %v on %s:9094", name, got, listen, peers, addr[name])
		}
	}
}

// Without HA nothing changes: one of each, clustering off.
func TestWithoutHAOneOfEachAndNoCluster(t *testing.T) {
	p, err := Build(loadEnv(t, "staging"), files)
	if err != nil {
		t.Fatal(err)
	}
	for _, ct := range p.Containers {
		if strings.HasPrefix(ct.Name, "prometheus-") || strings.HasPrefix(ct.Name, "alertmanager-") {
			t.Errorf("unexpected replica %s", ct.Name)
		}
	}
	if !slices.Contains(containerOf(t, p, model.Alertmanager).Command, "--cluster.listen-address=") {
		t.Error("a lone Alertmanager must keep clustering off")
	}
}

// Without Thanos, Grafana reads the replicas by a name each answers to on the
// monitoring network (and its certificate), so a dead replica leaves it the
// other; with one replica the name does not exist.
func TestGrafanaReadsEveryReplicaByOneName(t *testing.T) {
	for _, tc := range []struct {
		replicas int
		url      string
		named    []string
	}{
		{1, "https://prometheus:9090", nil},
		{2, "https://prometheus-replicas:9090", []string{"prometheus", "prometheus-1"}},
	} {
		env := loadEnv(t, "local")
		env.WebTLS = true
		env.HA = model.HA{PrometheusReplicas: tc.replicas}
		if got := env.QueryURL(); got != tc.url {
			t.Errorf("%d replicas: Grafana reads %s, want %s", tc.replicas, got, tc.url)
		}
		p, err := Build(env, files)
		if err != nil {
			t.Fatal(err)
		}
		var named []string
		for _, ct := range p.Containers {
			if !slices.Contains(ct.NamesOn(p.MonitoringNetwork), model.PrometheusReplicasName) {
				continue
			}
			named = append(named, ct.Name)
			if !slices.Contains(ct.Secrets.TLS.DNS, model.PrometheusReplicasName) {
				t.Errorf("%s answers to %s, but its certificate is for %v", ct.Name, model.PrometheusReplicasName, ct.Secrets.TLS.DNS)
			}
			for _, n := range ct.Networks[1:] {
				if slices.Contains(ct.NamesOn(n), model.PrometheusReplicasName) {
					t.Errorf("%s answers to %s on %s too, not only on the monitoring network", ct.Name, model.PrometheusReplicasName, n)
				}
			}
		}
		if !slices.Equal(named, tc.named) {
			t.Errorf("%d replicas: %v answer to %s, want %v", tc.replicas, named, model.PrometheusReplicasName, tc.named)
		}
	}
	env := loadEnv(t, "local")
	env.HA = model.HA{PrometheusReplicas: 2, Thanos: &model.Thanos{Bucket: "b", Endpoint: "s3:8333"}}
	if got, want := env.QueryURL(), "http://thanos-query:10902"; got != want {
		t.Errorf("with Thanos, Grafana reads %s, want %s", got, want)
	}
}
