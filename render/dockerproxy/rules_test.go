package dockerproxy

import (
	"os"
	"strings"
	"testing"
)

// request is one Docker API call and whether the read-only proxy lets it through.
type request struct {
	method, path string
	pass         bool
}

// requests: what a plan and the docker CLI read pass; every write, and every read
// that would hand over file contents, output or a shell, is refused.
var requests = []request{
	{"GET", "/_ping", true},
	{"HEAD", "/_ping", true},
	{"GET", "/v1.41/version", true},
	{"GET", "/v1.41/info", true},
	{"GET", "/v1.41/containers/json", true},
	{"GET", "/v1.41/containers/opsmon-production-prometheus/json", true},
	{"GET", "/v1.41/containers/3f4e5a6b7c8d9e0f/json", true},
	{"GET", "/v1.41/images/json", true},
	{"GET", "/v1.41/images/opsmon-local/postgresql:15/json", true},
	{"GET", "/v1.41/images/prom/prometheus:v3.16.0@sha256:0123abcd/json", true},
	{"GET", "/v1.41/networks", true},
	{"GET", "/v1.41/networks/unicorn-network", true},
	{"GET", "/v1.41/volumes", true},
	{"GET", "/v1.41/volumes/opsmon-production-prometheus-data", true},

	{"POST", "/v1.41/containers/create", false},
	{"POST", "/v1.41/containers/x/start", false},
	{"POST", "/v1.41/containers/x/stop", false},
	{"POST", "/v1.41/containers/x/kill", false},
	{"DELETE", "/v1.41/containers/x", false},
	{"POST", "/v1.41/containers/x/exec", false},
	{"POST", "/v1.41/exec/abc/start", false},
	{"POST", "/v1.41/containers/x/attach", false},
	{"GET", "/v1.41/containers/x/attach/ws", false},
	{"GET", "/v1.41/containers/x/logs", false},
	{"GET", "/v1.41/containers/x/archive", false},
	{"HEAD", "/v1.41/containers/x/archive", false},
	{"PUT", "/v1.41/containers/x/archive", false},
	{"GET", "/v1.41/containers/x/export", false},
	{"GET", "/v1.41/containers/x/top", false},
	{"POST", "/v1.41/build", false},
	{"POST", "/v1.41/session", false},
	{"POST", "/v1.41/images/create", false},
	{"GET", "/v1.41/images/get", false},
	{"GET", "/v1.41/images/x/get", false},
	{"DELETE", "/v1.41/images/x", false},
	{"POST", "/v1.41/networks/create", false},
	{"DELETE", "/v1.41/networks/x", false},
	{"POST", "/v1.41/volumes/create", false},
	{"DELETE", "/v1.41/volumes/x", false},
	{"GET", "/v1.41/secrets", false},
	{"GET", "/v1.41/configs", false},
	{"GET", "/v1.41/plugins", false},
	{"POST", "/v1.41/swarm/init", false},
	{"GET", "/v1.41/exec/abc/json", false},
	{"GET", "/v1.41/events", false},
	{"OPTIONS", "/_ping", false},
	{"PATCH", "/v1.41/containers/x/json", false},
	// Paths that look like an allowed read but are not one.
	{"GET", "/v1.41/containers/json/extra", false},
	{"GET", "/v1.41x/_ping", false},
	{"GET", "/v1x41/_ping", false},
	{"GET", "/_pingx", false},
	{"GET", "/v1.41/containers/x/../../secrets/json", false},
	{"GET", "/v1.41/containers/..%2Fsecrets/json", false},
	{"GET", "/v1.41/images/x/../../containers/y/export/json", false},
	{"GET", "//v1.41/containers/json", false},
	{"GET", "/v1.41/containers/.x/json", false},
}

// discoveryRequests: Prometheus's discovery lists; every other read, inspect
// included, is refused as every write is.
var discoveryRequests = []request{
	{"GET", "/_ping", true},
	{"HEAD", "/_ping", true},
	{"GET", "/v1.41/containers/json", true},
	{"GET", "/v1.41/networks", true},

	{"GET", "/v1.41/version", false},
	{"GET", "/v1.41/info", false},
	{"GET", "/v1.41/containers/opsmon-production-prometheus/json", false},
	{"GET", "/v1.41/containers/3f4e5a6b7c8d9e0f/json", false},
	{"GET", "/v1.41/images/json", false},
	{"GET", "/v1.41/networks/unicorn-network", false},
	{"GET", "/v1.41/volumes", false},
	{"POST", "/v1.41/containers/create", false},
	{"POST", "/v1.41/containers/x/kill", false},
	{"GET", "/v1.41/containers/x/logs", false},
	{"DELETE", "/v1.41/volumes/x", false},
	{"GET", "/v1.41/containers/json/extra", false},
	{"GET", "//v1.41/containers/json", false},
	{"GET", "/v1.41/containers/..%2Fx/json", false},
}

func TestRulesPassReadsAndRefuseTheRest(t *testing.T) {
	for _, c := range []struct {
		name     string
		rules    Rules
		requests []request
	}{{"PlanReads", PlanReads, requests}, {"DiscoveryReads", DiscoveryReads, discoveryRequests}} {
		for _, r := range c.requests {
			if got := c.rules.Allows(r.method, r.path); got != r.pass {
				t.Errorf("%s.Allows(%s %s) = %v, want %v", c.name, r.method, r.path, got, r.pass)
			}
		}
	}
}

// Only a container's own inspect path is ContainerInspect: the list, and paths
// below the inspect, are not.
func TestContainerInspectIsTheInspectPathOnly(t *testing.T) {
	for path, want := range map[string]bool{
		"/v1.47/containers/prometheus/json": true,
		"/containers/3f4e5a6b/json":         true,
		"/v1.47/containers/json":            false,
		"/v1.47/containers/x/json/y":        false,
		"/v1.47/containers/x/logs":          false,
	} {
		if got := ContainerInspect.MatchString(path); got != want {
			t.Errorf("ContainerInspect(%s) = %v, want %v", path, got, want)
		}
	}
	if !ContainerList.MatchString("/v1.47/containers/json") || ContainerList.MatchString("/v1.47/containers/x/json") {
		t.Error("ContainerList matches other than the list path")
	}
}

// The documented authorized_keys line is the one the e2e test logs in with.
func TestPlanKeyOptionsAreTheDocumentedOnes(t *testing.T) {
	doc, err := os.ReadFile("../../docs/LEAST_PRIVILEGE.md")
	if err != nil {
		t.Fatal(err)
	}
	if want := PlanKeyOptions(DefaultProxySocket) + " ssh-ed25519 "; !strings.Contains(string(doc), want) {
		t.Errorf("docs/LEAST_PRIVILEGE.md lacks the plan key's line %q", want)
	}
}
