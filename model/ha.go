package model

import (
	"fmt"
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
}

// ReplicaLabel is the external label that tells Prometheus replicas apart; it is
// dropped from the alerts they send, so the Alertmanagers see one alert.
const ReplicaLabel = "replica"

// ReplicaEnv names each Prometheus replica in its external labels: prometheus.yml
// says replica: ${OPSMON_REPLICA}, which Prometheus 3 expands from its environment.
const ReplicaEnv = "OPSMON_REPLICA"

// AlertmanagerClusterPort is where the peers gossip (TCP and UDP), on the
// monitoring network only.
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

// replicasOf expands a component into its replicas: same image, command, limits
// and networks (a peer advertises one address, which every other peer must reach);
// each its own name, data volume and secrets; only the base is published or
// routed by Traefik.
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

func (h HA) validate(bad func(field, format string, args ...any)) {
	if h.PrometheusReplicas < 0 || h.PrometheusReplicas > 3 {
		bad("ha.prometheus_replicas", "%d is out of range; use 1 (no HA), 2 or 3", h.PrometheusReplicas)
	}
	if h.AlertmanagerPeers < 0 || h.AlertmanagerPeers > 5 {
		bad("ha.alertmanager_peers", "%d is out of range; use 1 (no HA) up to 5 (3 is the usual cluster)", h.AlertmanagerPeers)
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
