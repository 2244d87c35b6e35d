//go:build e2e

package e2e

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// killDeployMidApply kills `scripts/stack.sh deploy local` (its whole process group,
// SIGKILL, as a cancelled job or a dead runner would) once the apply has started at
// least three of the environment's containers: some are then on the engine and not
// yet in the state.
func killDeployMidApply(t *testing.T) {
	t.Helper()
	killAt(t, []string{"scripts/stack.sh", "deploy", "local"}, func() (bool, error) {
		ids, err := exec.Command("docker", "ps", "-q", "--filter", "label="+model.ContainerEnvironmentLabel+"=local", "--filter", "status=running").Output()
		return len(strings.Fields(string(ids))) >= 3, err
	})
}

// interruptedDeployConverges: after a deploy killed mid-apply, the plain deploy
// clears what it left (saying which), comes back healthy with the data from
// before (deployAgainKeepsData), and a plan then shows no changes.
func (n *nothingLost) interruptedDeployConverges(t *testing.T, env model.Environment) {
	killDeployMidApply(t)
	out := n.deployAgainKeepsData(t, env)
	if !strings.Contains(out, "orphans: removed container ") {
		t.Errorf("the deploy after the kill cleared nothing; was anything left?\n%s", tail(out, 40))
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "orphans: ") {
			t.Log(line)
		}
	}
	noChanges(t, nil)
}
