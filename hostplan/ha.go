package hostplan

import (
	"fmt"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// pairPrometheus makes a Prometheus one replica of several: the same config, its
// own replica label (Prometheus 3 expands environment variables in external
// labels; config/config.go of v3.16.0).
// Each also answers to the replicas' shared name, where Grafana reads
// (model.PrometheusReplicasName).
func pairPrometheus(ct *Container) {
	ct.Env[model.ReplicaEnv] = ct.Name
	ct.Aliases = append(ct.Aliases, model.PrometheusReplicasName)
}

// clusterAlertmanager makes an Alertmanager one peer of the environment's gossip
// cluster: it joins the gossip network at its fixed address, listens for the
// others there alone (not on the monitoring network, nor on Traefik's where the
// base peer is routed) and names them by their addresses.
func clusterAlertmanager(ct *Container, env model.Environment) {
	var cmd []string
	for _, a := range ct.Command {
		if !strings.HasPrefix(a, "--cluster.listen-address=") {
			cmd = append(cmd, a)
		}
	}
	own := env.GossipAddress(ct.Name)
	cmd = append(cmd, fmt.Sprintf("--cluster.listen-address=%s:%d", own, model.AlertmanagerClusterPort))
	for _, peer := range env.Replicas(model.Alertmanager) {
		if peer != ct.Name {
			cmd = append(cmd, fmt.Sprintf("--cluster.peer=%s:%d", env.GossipAddress(peer), model.AlertmanagerClusterPort))
		}
	}
	ct.Command = cmd
	ct.Networks = append(ct.Networks, env.GossipNetwork())
	ct.Addresses = map[string]string{env.GossipNetwork(): own}
}
