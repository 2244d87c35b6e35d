package model

import (
	"reflect"
	"testing"
)

// The central Prometheus scrapes every host's node-exporter, each target labelled
// with its host; cAdvisor (no password on its metrics) stays on the own host.
func TestFurtherHostsAddLabelledAgentTargets(t *testing.T) {
	env, err := LoadEnvironment("../environments", "local")
	if err != nil {
		t.Fatal(err)
	}
	env.Hosts = []Host{{Name: "edge", Docker: DockerHost{Host: "unix:///tmp/e/docker.sock"}, Address: "10.214.7.1"}}
	if err := env.Validate(); err != nil {
		t.Fatal(err)
	}
	got := map[string]map[string]string{}
	for _, j := range env.Jobs() {
		if j.Name != JobNode {
			continue
		}
		if j.Auth == nil || j.Auth.Secret != SecretNodeExporterWeb {
			t.Errorf("job node scrapes without node-exporter's password: %+v", j.Auth)
		}
		for _, tg := range j.Targets {
			got[tg.Address] = tg.Labels
		}
	}
	want := map[string]map[string]string{
		"node-exporter:9100": {HostLabel: PrimaryHost},
		"10.214.7.1:9100":    {HostLabel: "edge"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("node targets = %v, want %v", got, want)
	}
	if h := env.HostNames(); !reflect.DeepEqual(h, []string{PrimaryHost, "edge"}) {
		t.Errorf("HostNames = %v", h)
	}
	var agents []string
	for _, c := range env.AgentContainers() {
		agents = append(agents, c.Name)
	}
	if !reflect.DeepEqual(agents, []string{NodeExporter}) {
		t.Errorf("agents = %v, want [node-exporter]", agents)
	}
}

// Without hosts the own host's targets are still labelled, so the dashboards'
// host variable has a value in every environment.
func TestOneHostLabelsItsAgents(t *testing.T) {
	env, err := LoadEnvironment("../environments", "production")
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range env.Jobs() {
		if j.Name != JobNode && j.Name != JobCAdvisor {
			continue
		}
		for _, tg := range j.Targets {
			if tg.Labels[HostLabel] != PrimaryHost {
				t.Errorf("%s target %s labels %v, want host=%s", j.Name, tg.Address, tg.Labels, PrimaryHost)
			}
		}
	}
}
