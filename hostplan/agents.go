package hostplan

import (
	"fmt"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// BuildAgents derives the plan of a further host: its own monitoring network and
// the agents, each listening (in the host's namespaces) or published on the
// host's address, where the central Prometheus scrapes it with the password its
// web config asks for, and nowhere else.
func BuildAgents(env model.Environment, h model.Host, files map[string][]byte) (Plan, error) {
	p := Plan{MonitoringNetwork: env.MonitoringNetwork()}
	needed := map[string]bool{}
	for _, c := range env.AgentContainers() {
		ct, err := container(env, c, files)
		if err != nil {
			return Plan{}, fmt.Errorf("host %s: container %s: %w", h.Name, c.Name, err)
		}
		if c.HostNamespaces {
			inHostNamespaces(&ct, env, c, h.Address)
		} else {
			ct.Ports = []Port{{Internal: c.Port, External: c.Port, HostIP: h.Address}}
		}
		ct.Labels[hostLabel] = h.Name
		if ct.Secrets != nil {
			for _, n := range ct.Secrets.Names {
				needed[n] = true
			}
			if t := ct.Secrets.TLS; t != nil {
				// Prometheus reaches it at the host's address; the push signs with the CA.
				t.IPs = append(t.IPs, h.Address)
				needed[model.SecretTLSCACert], needed[model.SecretTLSCAKey] = true, true
			}
		}
		p.Containers = append(p.Containers, ct)
	}
	for _, s := range secrets(env) {
		if needed[s.Name] {
			p.Secrets = append(p.Secrets, s)
		}
	}
	return p, nil
}

// hostLabel names, on a further host's containers, the host they watch.
const hostLabel = "opsmon.host"

// HostByName finds one of env's further hosts.
func HostByName(env model.Environment, name string) (model.Host, error) {
	for _, h := range env.Hosts {
		if h.Name == name {
			return h, nil
		}
	}
	return model.Host{}, fmt.Errorf("environment %s has no host %q; its hosts: %v", env.Name, name, env.HostNames()[1:])
}
