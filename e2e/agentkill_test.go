//go:build e2e

package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// agentDeployKilled: the deploy of a further host's agents stack is killed once
// its node-exporter runs there, before the apply writes it to the state. The next
// plain deploy of that stack clears what the kill left on that host's engine (not
// the environment's own) and converges: its plan then shows no changes, and
// Prometheus scrapes the agent again.
func agentDeployKilled(t *testing.T, env model.Environment, edge *engine, dir string) {
	envVars := []string{"OPSMON_ENV_DIR=" + dir}
	stack := model.AgentStack(env.Name, edgeHost)
	run(t, envVars, "scripts/stack.sh", "destroy", env.Name, stack)
	deploy := []string{"bash", "-c", `OPSMON_ENV_DIR="$1" exec scripts/stack.sh deploy "$2" "$3"`, "deploy", dir, env.Name, stack}
	killAt(t, deploy, func() (bool, error) {
		out, err := edge.docker(context.Background(), "ps", "-q", "--filter", "name=^"+model.NodeExporter+"$", "--filter", "status=running")
		return err == nil && strings.TrimSpace(out) != "", nil
	})
	out := run(t, envVars, "scripts/stack.sh", "deploy", env.Name, stack)
	cleared := 0
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "orphans: ") {
			t.Log(line)
			cleared++
		}
	}
	if cleared == 0 {
		t.Errorf("the deploy after the kill cleared nothing on %s's engine; the kill left node-exporter outside the state", edgeHost)
	}
	plan := run(t, envVars, "scripts/stack.sh", "plan-check", env.Name, stack)
	if !strings.Contains(plan, "No changes") {
		t.Errorf("the agents stack's plan after the next deploy is not empty:\n%s", tail(plan, 30))
	}
	secondHostScraped(t, env)
}
