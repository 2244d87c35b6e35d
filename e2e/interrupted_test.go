//go:build e2e

package e2e

import (
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// killDeployMidApply starts `scripts/stack.sh deploy local` in a process group of
// its own and kills the whole group (SIGKILL, as a cancelled job or a dead
// runner would) once the apply has started at least three of the environment's
// containers: some are then on the engine and not yet in the state.
func killDeployMidApply(t *testing.T) {
	t.Helper()
	cmd := exec.Command("scripts/stack.sh", "deploy", "local")
	cmd.Dir = root
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	deadline := time.Now().Add(5 * time.Minute)
	for running := 0; running < 3; {
		select {
		case err := <-done:
			t.Fatalf("the deploy ended (%v) before it was killed:\n%s", err, tail(out.String(), 30))
		case <-time.After(250 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			t.Fatalf("no three containers running after 5 min:\n%s", tail(out.String(), 30))
		}
		ids, _ := exec.Command("docker", "ps", "-q", "--filter", "label="+model.ContainerEnvironmentLabel+"=local", "--filter", "status=running").Output()
		running = len(strings.Fields(string(ids)))
	}
	if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-done
	t.Logf("killed the deploy mid-apply:\n%s", tail(out.String(), 8))
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
