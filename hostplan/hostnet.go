package hostplan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

const listenFlag = "--web.listen-address="

// inHostNamespaces puts a container in the host's network and PID namespaces,
// listening on addr alone: HostNet's gateway on the environment's own host, the
// host's Address on a further one. It joins no network; its healthcheck and
// certificate follow the address.
func inHostNamespaces(ct *Container, env model.Environment, c model.Component, addr string) {
	ct.HostNamespaces = true
	ct.Networks, ct.Aliases, ct.Ports = nil, nil, nil
	ct.Command = slices.DeleteFunc(slices.Clone(ct.Command), func(a string) bool { return strings.HasPrefix(a, listenFlag) })
	ct.Command = append(ct.Command, fmt.Sprintf("%s%s:%d", listenFlag, addr, c.Port))
	ct.Healthcheck = healthcheck(env, c, addr)
	if ct.Secrets != nil && ct.Secrets.TLS != nil && !slices.Contains(ct.Secrets.TLS.IPs, addr) {
		ct.Secrets.TLS.IPs = append(ct.Secrets.TLS.IPs, addr)
	}
}

// reachHostNamespaces gives a container that scrapes the components in the
// host's namespaces their usual names, at the address they listen on, and joins
// it to the network of that address (which makes compose create it too).
func reachHostNamespaces(ct *Container, env model.Environment) {
	in := env.InHostNamespaces()
	if len(in) == 0 {
		return
	}
	ct.Networks = append(ct.Networks, env.HostNetwork())
	ct.ExtraHosts = map[string]string{}
	for _, c := range in {
		ct.ExtraHosts[c.Name] = env.HostListenAddress()
	}
}
