//go:build e2e

package e2e

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// rollingKilledBetweenPeers: a deploy that replaces the peers one at a time is
// killed (SIGKILL of its process group) once the first peer is replaced, before
// the others are. The next plain deploy finishes the job: every peer replaced,
// one cluster of all of them, the silence on each, and a plan with no changes.
func rollingKilledBetweenPeers(t *testing.T, env model.Environment, silence, dir string) {
	peers := env.Replicas(model.Alertmanager)
	before := containerIDs(t, peers)
	changed := envtest.DirWith(t, dir, env.Name, func(s string) string {
		return strings.Replace(s, "from: alertmanager@localhost", "from: alertmanager-killed@localhost", 1)
	})
	envVars := []string{"OPSMON_ENV_DIR=" + changed}
	first := peers[1] // replicas first, the base last (scripts/rolling.sh)
	killAt(t, []string{"bash", "-c", `OPSMON_ENV_DIR="$1" exec scripts/stack.sh deploy local`, "deploy", changed}, func() (bool, error) {
		out, err := exec.Command("docker", "inspect", "-f", "{{.Id}} {{.State.Running}}", first).Output()
		if err != nil {
			return false, nil // between its removal and its replacement
		}
		id, running, _ := strings.Cut(strings.TrimSpace(string(out)), " ")
		return id != before[first] && running == "true", nil
	})
	mid := containerIDs(t, peers)
	if replaced := countChanged(before, mid); replaced == 0 || replaced == len(peers) {
		t.Fatalf("control: %d of %d peers replaced when the deploy was killed; the row needs some, not all", replaced, len(peers))
	}
	out := run(t, envVars, "scripts/stack.sh", "deploy", "local")
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "orphans: ") {
			t.Log(line)
		}
	}
	after := containerIDs(t, peers)
	if n := countChanged(before, after); n != len(peers) {
		t.Errorf("%d of %d peers carry the new configuration after the next deploy", n, len(peers))
	}
	clusterSize(t, model.Prometheus, len(peers), len(peers))
	for _, p := range peers {
		silenceOn(t, p, silence)
	}
	noChanges(t, envVars)
}

func countChanged(before, after map[string]string) int {
	n := 0
	for k, v := range before {
		if after[k] != v {
			n++
		}
	}
	return n
}
