package hostplan

import (
	"fmt"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// pairPrometheus makes a Prometheus one replica of several: the same config, its
// own replica label (Prometheus 3 expands environment variables in external
// labels; config/config.go of v3.16.0).
func pairPrometheus(ct *Container) {
	ct.Env[model.ReplicaEnv] = ct.Name
}

// clusterAlertmanager makes an Alertmanager one peer of the environment's gossip
// cluster: it listens for the others on the monitoring network and names them.
func clusterAlertmanager(ct *Container, env model.Environment) {
	var cmd []string
	for _, a := range ct.Command {
		if !strings.HasPrefix(a, "--cluster.listen-address=") {
			cmd = append(cmd, a)
		}
	}
	cmd = append(cmd, fmt.Sprintf("--cluster.listen-address=0.0.0.0:%d", model.AlertmanagerClusterPort))
	for _, peer := range env.Replicas(model.Alertmanager) {
		if peer != ct.Name {
			cmd = append(cmd, fmt.Sprintf("--cluster.peer=%s:%d", peer, model.AlertmanagerClusterPort))
		}
	}
	ct.Command = cmd
}
