//go:build e2e

package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// sshDroppedMidApply: a deploy that replaces Alertmanager over SSH loses its
// connection to the host once the new container runs, before the apply has
// written it to the state: every SSH session of the deploy key is cut, and any
// new one, for 15 s. The apply fails. The next plain deploy converges: what the
// cut left is cleared, every container is healthy, a plan shows no changes, and
// the data volumes are those from before.
func (b *remoteBench) sshDroppedMidApply(t *testing.T) {
	changed := envtest.DirWith(t, b.deployEnv, "staging", func(s string) string {
		return strings.Replace(s, "from: alertmanager@magicunicorn.tech", "from: alertmanager-cut@magicunicorn.tech", 1)
	})
	extra := append(b.deployJobEnv(), "OPSMON_ENV_DIR="+changed)
	volumes := b.dataVolumes(t)
	before, err := b.engine.docker(context.Background(), "inspect", "-f", "{{.Id}}", "alertmanager")
	if err != nil {
		t.Fatal(err)
	}
	env := append([]string{"OPSMON_ENV_DIR=" + b.deployEnv, "OPSMON_SECRETS_FILE=" + b.secrets,
		"OPSMON_SSH_KEY=" + filepath.Join(b.deploySSH.dir, "plan_key")}, extra...)
	deploy := startIn(t, root, env, "scripts/stack.sh", "deploy", "staging", "staging-host")
	// The new Alertmanager runs: the provider now waits for it to be healthy.
	eventually(t, 3*time.Minute, 200*time.Millisecond, "a new alertmanager running on the bench engine", func() string {
		got, err := b.engine.docker(context.Background(), "inspect", "-f", "{{.Id}} {{.State.Running}}", "alertmanager")
		if err != nil || strings.TrimSpace(got) == strings.TrimSpace(before)+" true" || !strings.HasSuffix(strings.TrimSpace(got), " true") {
			return "not yet: " + strings.TrimSpace(got)
		}
		return ""
	})
	cut := 0
	for end := time.Now().Add(15 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		cut += b.deploySSH.cutSessions(t)
	}
	var deployErr error
	select {
	case deployErr = <-deploy.done:
	case <-time.After(3 * time.Minute):
		_ = deploy.cmd.Process.Kill()
		t.Fatalf("the deploy did not end within 3 minutes of the cut:\n%s", tail(deploy.out.String(), 20))
	}
	t.Logf("cut %d SSH sessions; the deploy ended with %v:\n%s", cut, deployErr, tail(deploy.out.String(), 8))
	if cut == 0 {
		t.Fatal("control: no SSH session was cut; the row proves nothing")
	}
	next := b.run(t, root, extra, "scripts/stack.sh", "deploy", "staging", "staging-host")
	for _, line := range strings.Split(next, "\n") {
		if strings.HasPrefix(line, "orphans: ") {
			t.Log(line)
		}
	}
	b.everyContainerHealthy(t)
	plan := b.run(t, root, extra, "scripts/stack.sh", "plan-check", "staging", "staging-host")
	if !strings.Contains(plan, "No changes") {
		t.Errorf("the plan after the next deploy is not empty:\n%s", tail(plan, 30))
	}
	for _, v := range volumes {
		if _, err := b.engine.docker(context.Background(), "volume", "inspect", v); err != nil {
			t.Errorf("data volume %s is gone after the cut", v)
		}
	}
}

// cutSessions kills the per-connection processes of the sshd (its children), as a
// dropped connection would end them; the listener stays. It returns how many.
func (s *sshServer) cutSessions(t *testing.T) int {
	t.Helper()
	listener := strconv.Itoa(s.pid)
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
		fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(fields) > 1 && fields[1] == listener && syscall.Kill(pid, syscall.SIGKILL) == nil {
			n++
		}
	}
	return n
}
