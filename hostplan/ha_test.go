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
	want := map[string][]string{
		"alertmanager":   {"--cluster.peer=alertmanager-1:9094", "--cluster.peer=alertmanager-2:9094"},
		"alertmanager-1": {"--cluster.peer=alertmanager:9094", "--cluster.peer=alertmanager-2:9094"},
		"alertmanager-2": {"--cluster.peer=alertmanager:9094", "--cluster.peer=alertmanager-1:9094"},
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
		if !slices.Equal(got, peers) || listen != "0.0.0.0:9094" {
			t.Errorf("%s: peers %v listen %q, want %v on 0.0.0.0:9094", name, got, listen, peers)
		}
	}
}

// Without HA nothing changes: one of each, clustering off.
func TestWithoutHAOneOfEachAndNoCluster(t *testing.T) {
	p, err := Build(loadEnv(t, "production"), files)
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
