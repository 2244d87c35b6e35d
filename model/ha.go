package model

import (
	"fmt"
	"net"
	"slices"
	"strings"
)

// HA runs Prometheus in replicas that each scrape and evaluate everything, and
// Alertmanager as a gossip cluster of peers that deduplicate what they send. Both
// counts are 1 (or unset) without HA.
type HA struct {
	PrometheusReplicas int `yaml:"prometheus_replicas"`
	AlertmanagerPeers  int `yaml:"alertmanager_peers"`
	// Thanos, when set, adds a sidecar per replica, Query, Store Gateway and Compactor.
	Thanos *Thanos `yaml:"thanos"`
	// GossipSubnet is the private IPv4 subnet of the network the Alertmanager
	// peers gossip on, and nothing else joins (DefaultGossipSubnet when unset).
	GossipSubnet string `yaml:"gossip_subnet"`
}

// DefaultGossipSubnet holds the gateway and up to 5 peers; pick another where
// the host's networks already use it.
const DefaultGossipSubnet = "10.213.253.0/28"

// ReplicaLabel is the external label that tells Prometheus replicas apart; it is
// dropped from the alerts they send, so the Alertmanagers see one alert.
const ReplicaLabel = "replica"

// PrometheusReplicasName is a name every Prometheus replica answers to on the
// monitoring network, where Grafana reads without Thanos. Docker's DNS gives the
// address of each running replica and drops a stopped one, and a client dials the
// next address when one refuses: a dead replica leaves the dashboards reading the
// other. The replicas' series differ by their own scrape times; Thanos Query, where
// it runs, deduplicates them instead.
const PrometheusReplicasName = "prometheus-replicas"

// ReplicaEnv names each Prometheus replica in its external labels: prometheus.yml
// says replica: ${OPSMON_REPLICA}, which Prometheus 3 expands from its environment.
const ReplicaEnv = "OPSMON_REPLICA"

// AlertmanagerClusterPort is where the peers gossip (TCP and UDP), on the
// gossip network only.
const AlertmanagerClusterPort = 9094

// Replicas are the container names of a replicated component: the base name
// first (so one-replica environments keep their names), then base-1, base-2, ...
// Any other component has just its own name.
func (e Environment) Replicas(base string) []string {
	n := 1
	switch base {
	case Prometheus, ThanosSidecar:
		n = e.HA.PrometheusReplicas
	case Alertmanager:
		n = e.HA.AlertmanagerPeers
	}
	out := []string{base}
	for i := 1; i < n; i++ {
		out = append(out, fmt.Sprintf("%s-%d", base, i))
	}
	return out
}

// Clustered says whether Alertmanager runs as more than one peer.
func (e Environment) Clustered() bool { return len(e.Replicas(Alertmanager)) > 1 }

// PrometheusPaired says whether Prometheus runs as more than one replica.
func (e Environment) PrometheusPaired() bool { return len(e.Replicas(Prometheus)) > 1 }

// replicasOf expands a component into its replicas: same image, command and
// limits; each its own name, data volume and secrets; only the base is published
// or routed by Traefik (and joins Traefik's network).
func (e Environment) replicasOf(c Component) []Component {
	names := e.Replicas(c.Name)
	out := []Component{c}
	for _, name := range names[1:] {
		r := c
		r.Name, r.ReplicaOf = name, c.Name
		if c.DataVolume != nil {
			dv := *c.DataVolume
			dv.Name = name + "-data"
			r.DataVolume = &dv
		}
		r.Command = slices.Clone(c.Command)
		out = append(out, r)
	}
	return out
}

// GossipNetwork is the network the Alertmanager peers alone join to gossip: the
// cluster port listens on each peer's address there and nowhere else, so a peer
// that also joins Traefik's network does not gossip on it.
func (e Environment) GossipNetwork() string { return "opsmon-" + e.Name + "-gossip" }

// GossipSubnet is the gossip network's subnet.
func (e Environment) GossipSubnet() string {
	if e.HA.GossipSubnet != "" {
		return e.HA.GossipSubnet
	}
	return DefaultGossipSubnet
}

// GossipAddress is a peer's fixed address on the gossip network: the subnet's
// third address for the first peer (the first is the network's, the second its
// gateway's), and on; "" for a container that is not a peer.
func (e Environment) GossipAddress(peer string) string {
	_, n, err := net.ParseCIDR(e.GossipSubnet())
	if err != nil {
		return ""
	}
	for i, p := range e.Replicas(Alertmanager) {
		if p == peer {
			ip := slices.Clone(n.IP.To4())
			ip[3] += byte(2 + i)
			return ip.String()
		}
	}
	return ""
}

func (h HA) validate(bad func(field, format string, args ...any)) {
	if h.PrometheusReplicas < 0 || h.PrometheusReplicas > 3 {
		bad("ha.prometheus_replicas", "%d is out of range; use 1 (no HA), 2 or 3", h.PrometheusReplicas)
	}
	if h.AlertmanagerPeers < 0 || h.AlertmanagerPeers > 5 {
		bad("ha.alertmanager_peers", "%d is out of range; use 1 (no HA) up to 5 (3 is the usual cluster)", h.AlertmanagerPeers)
	}
	if h.GossipSubnet != "" {
		if !privateSubnet(h.GossipSubnet) {
			bad("ha.gossip_subnet", "%q is not a private IPv4 subnet from /16 to /29 given by its first address; use one no network of the host uses, such as %s", h.GossipSubnet, DefaultGossipSubnet)
		}
	}
}

// replicaTargets is t, and one more target per further replica of the component
// it scrapes (every Alertmanager peer is scraped).
func (e Environment) replicaTargets(t Target) []Target {
	host, port, ok := strings.Cut(t.Address, ":")
	if !ok || strings.Contains(t.Address, "://") {
		return []Target{t}
	}
	out := []Target{t}
	for _, name := range e.Replicas(host)[1:] {
		r := t
		r.Address = name + ":" + port
		out = append(out, r)
	}
	return out
}
