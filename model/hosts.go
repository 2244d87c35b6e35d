package model

import (
	"fmt"
	"net"
	"regexp"
)

// Host is a further Docker host of an environment. The environment's own
// (docker:) runs the whole monitoring stack; each Host runs only the agents
// (AgentComponents), which publish their ports on Address, where the central
// Prometheus replicas scrape them with a password. Each Host is a stack of its
// own (AgentStack), so a host that is down never blocks a deploy of the others.
type Host struct {
	// Name is the `host` label of everything scraped from it.
	Name   string     `yaml:"name"`
	Docker DockerHost `yaml:"docker"`
	// Address is the host's address on the network between the hosts: its agents
	// listen there, and the central Prometheus must reach it.
	Address string `yaml:"address"`
}

// PrimaryHost is the `host` label of what is scraped on the environment's own host.
const PrimaryHost = "primary"

// HostLabel is the target label naming the host an agent runs on; dashboards
// select on it.
const HostLabel = "host"

// AgentComponents run on every further host. cAdvisor is not among them: its
// /metrics takes no password, so publishing it on a host's address would hand
// every container's name and usage to whoever reaches that address.
var AgentComponents = []string{NodeExporter}

var hostNamePattern = regexp.MustCompile(`^[a-z][a-z0-9-]{0,30}$`)

func (e Environment) validateHosts(bad func(string, string, ...any)) {
	names := map[string]bool{PrimaryHost: true}
	engines := map[string]string{e.EngineHost(): "docker.host"}
	for i, h := range e.Hosts {
		f := fmt.Sprintf("hosts[%d]", i)
		switch {
		case !hostNamePattern.MatchString(h.Name):
			bad(f+".name", "%q is not a host name; use lower-case letters, digits and dashes (it becomes the host label)", h.Name)
		case names[h.Name]:
			bad(f+".name", "%q is taken (%q is the environment's own host); give each host its own name", h.Name, PrimaryHost)
		}
		names[h.Name] = true
		if h.Docker.Host == "" {
			bad(f+".docker.host", "required: the host's own engine, ssh://user@host[:port] (with host_key), or a unix:// socket of a second engine on this machine")
		} else {
			h.Docker.validate(bad, f+".docker", true)
			if other, dup := engines[h.Docker.Host]; dup {
				bad(f+".docker.host", "%q is already %s; each host has its own engine", h.Docker.Host, other)
			}
			engines[h.Docker.Host] = f + ".docker.host"
		}
		if ip := net.ParseIP(h.Address); ip == nil || ip.IsLoopback() || ip.IsUnspecified() {
			bad(f+".address", "%q is not an address the central Prometheus can reach; give the host's own IP on the network between the hosts (its agents listen there)", h.Address)
		}
	}
	// A further host's node-exporter is scraped across the network between the
	// hosts: without TLS its password crosses it in clear text. The local bench
	// runs its second engine on this machine's own bridge.
	if len(e.Hosts) > 0 && !e.WebTLS && !e.IsLocal() {
		bad("web_tls", "false, but hosts: are scraped across the network between the hosts, and node-exporter's password would cross it in clear text; set web_tls: true (opsmon tls-ca -env %s makes the CA)", e.Name)
	}
}

// HostNames are the `host` label values of the environment: its own host first.
func (e Environment) HostNames() []string {
	out := []string{PrimaryHost}
	for _, h := range e.Hosts {
		out = append(out, h.Name)
	}
	return out
}

// AgentStack names the stack of a further host's agents.
func AgentStack(env, host string) string { return env + "-agents-" + host }

// AgentContainers are the components a further host runs.
func (e Environment) AgentContainers() []Component {
	var out []Component
	for _, name := range AgentComponents {
		if c, ok := ComponentByName(name); ok && e.Has(name) {
			out = append(out, c)
		}
	}
	return out
}

// perHostComponents watch the host they run on: their targets carry a host label.
var perHostComponents = []string{NodeExporter, CAdvisor}

// hostTargets labels the targets of a job scraping a per-host component with
// the environment's own host, and adds the further hosts' agents: one target per
// host at its address, each labelled with its host.
func (e Environment) hostTargets(j ScrapeJob, kept []Target) []Target {
	if len(j.Needs) != 1 || !contains(perHostComponents, j.Needs[0]) {
		return kept
	}
	for i := range kept {
		kept[i].Labels = withLabel(kept[i].Labels, HostLabel, PrimaryHost)
	}
	c, _ := ComponentByName(j.Needs[0])
	if !contains(AgentComponents, c.Name) {
		return kept
	}
	for _, h := range e.Hosts {
		kept = append(kept, Target{Address: net.JoinHostPort(h.Address, fmt.Sprint(c.Port)), Labels: map[string]string{HostLabel: h.Name}})
	}
	return kept
}

func withLabel(m map[string]string, k, v string) map[string]string {
	out := map[string]string{k: v}
	for a, b := range m {
		out[a] = b
	}
	return out
}
