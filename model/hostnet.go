package model

import (
	"net"
	"slices"
)

// A component with HostNamespaces (node-exporter) runs in the host's network and
// PID namespaces, so its network and process figures are the host's, not a
// container's own eth0. It then has no place on the monitoring network: on the
// environment's own host it listens on the gateway address of a network of its
// own with a fixed subnet (HostSubnet), which only Prometheus joins; the host
// holds that address while the network exists, and Prometheus reaches it there
// by its usual name (an /etc/hosts entry). On a further host it listens on the host's
// Address. Either way, a password (and TLS where web_tls is on) guards it.

// DefaultHostSubnet is host_subnet where the file sets none. Environments that
// share an engine need subnets of their own.
const DefaultHostSubnet = "10.213.252.0/29"

// HostNetwork is the network whose gateway node-exporter listens on; only
// Prometheus joins it.
func (e Environment) HostNetwork() string { return "opsmon-" + e.Name + "-host" }

// HostSubnet is HostNetwork's subnet.
func (e Environment) HostSubnet() string {
	if e.HostListenSubnet != "" {
		return e.HostListenSubnet
	}
	return DefaultHostSubnet
}

// HostListenAddress is the gateway of HostNetwork: the subnet's first address,
// which Docker gives the host's end of the bridge.
func (e Environment) HostListenAddress() string {
	_, n, err := net.ParseCIDR(e.HostSubnet())
	if err != nil {
		return ""
	}
	ip := slices.Clone(n.IP.To4())
	ip[3]++
	return ip.String()
}

// InHostNamespaces lists the environment's components that run in the host's
// namespaces.
func (e Environment) InHostNamespaces() []Component {
	var out []Component
	for _, c := range e.Containers() {
		if c.HostNamespaces {
			out = append(out, c)
		}
	}
	return out
}

func (e Environment) validateHostSubnet(bad func(field, format string, args ...any)) {
	if e.HostListenSubnet != "" && !privateSubnet(e.HostListenSubnet) {
		bad("host_subnet", "%q is not a private IPv4 subnet from /16 to /29 given by its first address; use one no network of the host uses, such as %s", e.HostListenSubnet, DefaultHostSubnet)
		return
	}
	// The defaults do not overlap, but either may be set to overlap the other.
	if e.Clustered() && overlaps(e.HostSubnet(), e.GossipSubnet()) {
		bad("host_subnet", "%q overlaps ha.gossip_subnet %s; give each its own subnet", e.HostSubnet(), e.GossipSubnet())
	}
}

// privateSubnet: a private IPv4 subnet from /16 to /29, written by its first address.
func privateSubnet(s string) bool {
	ip, n, err := net.ParseCIDR(s)
	if err != nil {
		return false
	}
	ones, _ := n.Mask.Size()
	return ip.To4() != nil && ip.IsPrivate() && ip.Equal(n.IP) && ones >= 16 && ones <= 29
}

func overlaps(a, b string) bool {
	_, na, errA := net.ParseCIDR(a)
	_, nb, errB := net.ParseCIDR(b)
	return errA == nil && errB == nil && (na.Contains(nb.IP) || nb.Contains(na.IP))
}
