//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/secretspush"
)

// interruption is one row of the fault matrix: a command killed (SIGKILL of its
// process group, as a cancelled job, a dead runner or a second Ctrl-C would) at one
// point, and the plain commands an operator runs next.
type interruption struct {
	point   string
	prepare func(t *testing.T)   // puts the stack where the command has that point to pass
	command []string             // the command that is killed
	reached func() (bool, error) // true once the command is at the point
	next    [][]string           // run in order; the last leaves the stack deployed
}

// TestInterruptionsConverge is the fault matrix of issue 27 on the local stack: each
// command killed at each point, then the next plain command. After every row the
// stack is healthy, a plan shows no changes, Prometheus still has its samples from
// before the first kill and Alertmanager its silence, and a container and a network
// that are not the project's (no labels, names alike) were not touched.
func TestInterruptionsConverge(t *testing.T) {
	env := ownLocalStack(t)
	t.Cleanup(func() { // runs first
		_ = exec.Command("docker", "rm", "-f", bystander).Run()
		_ = exec.Command("docker", "network", "rm", bystander+"-net").Run()
	})
	lost := &nothingLost{}
	var others string
	setup := []step{
		{"deploy", func(t *testing.T) { run(t, nil, "scripts/stack.sh", "deploy", "local") }},
		{"every target up", func(t *testing.T) { everyTargetUp(t, env) }},
		{"a silence, samples and a bystander that is not the project's", func(t *testing.T) {
			lost.silenceID = createSilence(t, "must survive every interruption")
			// A moment with samples: the stack has just started scraping.
			eventually(t, 90*time.Second, 2*time.Second, "a sample of Prometheus's own up, 10 s old", func() string {
				at := time.Now().Add(-10 * time.Second)
				res, err := query(fmt.Sprintf(`up{job="prometheus"} @ %d`, at.Unix()))
				if err != nil {
					return err.Error()
				}
				if len(res) == 0 {
					return "none yet"
				}
				lost.beforeDestroy = at
				return ""
			})
			others = startBystander(t)
		}},
	}
	if failed := runInOrder(t, setup); failed != "" {
		logStackState(t, env)
		return
	}
	deploy := []string{"scripts/stack.sh", "deploy", "local"}
	destroy := []string{"scripts/stack.sh", "destroy", "local"}
	// Saved plans and their apply, as `make plan OPSMON_PLAN_OUT=DIR` and `make
	// apply-plan PLANS=DIR DIGEST=...` run them; the digest is the one plan.sh printed.
	plans := filepath.Join(t.TempDir(), "plans")
	planTo := []string{"bash", "-c", `rm -rf "$1" && OPSMON_PLAN_OUT="$1" exec scripts/plan.sh local`, "plan", plans}
	applyPlan := []string{"bash", "-c", `OPSMON_PLAN_DIGEST=$(scripts/opsmon.sh plan-digest "$1") exec scripts/apply-plan.sh local "$1"`, "apply-plan", plans}
	down := func(t *testing.T) { run(t, nil, destroy[0], destroy[1:]...) }
	rows := []interruption{
		{point: "deploy, during synth", command: deploy,
			prepare: func(t *testing.T) { removeSynthStamp(t) },
			reached: processRunning(func(exe, cmdline string) bool {
				return strings.HasSuffix(exe, "/app") && strings.Contains(exe, "/.cache/build/")
			}),
			next: [][]string{deploy}},
		{point: "deploy, during tofu init", command: deploy,
			prepare: func(t *testing.T) { removeInit(t) },
			reached: processRunning(func(exe, cmdline string) bool {
				return strings.HasSuffix(exe, "/tofu") && strings.Contains(cmdline, "\x00init\x00")
			}),
			next: [][]string{deploy}},
		{point: "deploy from nothing, after its network is created", command: deploy, prepare: down,
			reached: func() (bool, error) {
				return exec.Command("docker", "network", "inspect", env.MonitoringNetwork()).Run() == nil, nil
			},
			next: [][]string{deploy}},
		{point: "deploy from nothing, after a loader container is created", command: deploy, prepare: down,
			reached: envContainers("name=-config"),
			next:    [][]string{deploy}},
		{point: "deploy from nothing, after a container starts, before its state is written", command: deploy, prepare: down,
			reached: envContainers("status=running"),
			next:    [][]string{deploy}},
		// The reviewed plan is stale once part of it is applied: plan again, apply that.
		{point: "apply-plan from nothing, after a container starts, before its state is written", command: applyPlan,
			prepare: func(t *testing.T) { down(t); run(t, nil, planTo[0], planTo[1:]...) },
			reached: envContainers("status=running"),
			next:    [][]string{planTo, applyPlan}},
		{point: "destroy, after it removed a container", command: destroy,
			reached: fewerEnvContainers(t),
			next:    [][]string{destroy, deploy}},
		// The script make secrets-push runs after its setup check (a lane runs no setup).
		{point: "secrets-push, while its helper holds a volume", command: []string{"scripts/secrets-push.sh", "local"},
			reached: func() (bool, error) {
				out, err := exec.Command("docker", "ps", "-aq", "--filter", "label="+secretspush.HelperLabel).Output()
				return len(strings.TrimSpace(string(out))) > 0, err
			},
			next: [][]string{{"scripts/secrets-push.sh", "local"}, deploy}},
	}
	var table []matrixRow
	for _, row := range rows {
		t0 := time.Now()
		var cleared int
		ok := t.Run(row.point, func(t *testing.T) {
			if row.prepare != nil {
				row.prepare(t)
			}
			killAt(t, row.command, row.reached)
			var out string
			for _, c := range row.next {
				out = run(t, nil, c[0], c[1:]...)
			}
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, "orphans: ") {
					t.Log(line)
					cleared++
				}
			}
			convergedWithNothingLost(t, env, lost, others)
		})
		if !ok {
			logStackState(t, env)
			return
		}
		table = append(table, matrixRow{row.point, row.next, cleared, time.Since(t0)})
	}
	t.Run("two deploys of the environment at once", func(t *testing.T) {
		down(t)
		outs, errs := make([]string, 2), make([]error, 2)
		done := make(chan int, 2)
		for i := range 2 {
			go func() { outs[i], errs[i] = runOut(nil, deploy[0], deploy[1:]...); done <- i }()
		}
		<-done
		<-done
		applied := 0
		for i := range 2 {
			t.Logf("deploy %d: %v\n%s", i+1, errs[i], tail(outs[i], 6))
			switch {
			case errs[i] == nil:
				applied++
			case !strings.Contains(outs[i], "holds the state lock of local-host"):
				t.Errorf("deploy %d failed, but not on the state lock naming its holder:\n%s", i+1, tail(outs[i], 20))
			}
		}
		if applied == 0 {
			t.Error("neither deploy applied")
		}
		run(t, nil, deploy[0], deploy[1:]...)
		convergedWithNothingLost(t, env, lost, others)
	})
	t.Run("a deploy started while another is mid-apply", func(t *testing.T) {
		down(t)
		first := startIn(t, root, nil, deploy...)
		running := envContainers("status=running")
		eventually(t, 5*time.Minute, 250*time.Millisecond, "the first deploy mid-apply", func() string {
			if ok, err := running(); err != nil || !ok {
				return fmt.Sprintf("no container running yet (%v)", err)
			}
			return ""
		})
		second, err := runOut(nil, deploy[0], deploy[1:]...)
		if err := <-first.done; err != nil {
			t.Fatalf("the first deploy failed: %v\n%s", err, tail(first.out.String(), 30))
		}
		switch {
		case err == nil:
			t.Errorf("the second deploy ran while the first applied:\n%s", tail(second, 20))
		case strings.Contains(second, "orphans: removed"):
			t.Errorf("the second deploy took the first's new containers for an interrupted apply's:\n%s", tail(second, 20))
		case !strings.Contains(second, "another run holds its state lock"):
			t.Errorf("the second deploy failed, but not on the state lock:\n%s", tail(second, 20))
		}
		t.Logf("the second deploy:\n%s", tail(second, 4))
		convergedWithNothingLost(t, env, lost, others)
	})
	if !t.Failed() && os.Getenv("OPSMON_WRITE_BENCH") == "1" {
		if err := writeMatrixTable(table); err != nil {
			t.Error(err)
		}
	}
}

// matrixRow is a row of docs/BENCHMARKS.md's interruptions table.
type matrixRow struct {
	point   string
	next    [][]string
	cleared int // what the deploy's orphans step removed or adopted
	took    time.Duration
}

func writeMatrixTable(rows []matrixRow) error {
	var b strings.Builder
	b.WriteString("<!-- interruptions:start -->\n## A command killed at each point, then run again (`make test`, lane 4)\n\n")
	fmt.Fprintf(&b, "Measured by `e2e/interruptions_test.go` TestInterruptionsConverge on the local stack, %s. Each command is "+
		"killed with SIGKILL of its process group (a cancelled job, a dead runner) at the point named, then the next plain "+
		"commands run. A row passes only when after them every target is up, a plan shows no changes, Prometheus still "+
		"answers for a sample taken before the first kill, Alertmanager's silence from before it is active, every data "+
		"volume is there, no secrets-push helper is left, and a container and a network with the environment's name "+
		"prefix but not its labels are untouched.\n\n", time.Now().UTC().Format("2006-01-02"))
	b.WriteString("| killed | next commands | cleared by the deploy (orphans) | converged | data lost | row (s) |\n|---|---|---|---|---|---|\n")
	for _, r := range rows {
		var next []string
		for _, c := range r.next {
			next = append(next, "`"+shownCommand(c)+"`")
		}
		fmt.Fprintf(&b, "| %s | %s | %d | yes | none | %.0f |\n", r.point, strings.Join(next, ", then "), r.cleared, r.took.Seconds())
	}
	b.WriteString("\nTwo deploys of the environment at once: one applies, the other stops on the state lock, naming its holder " +
		"(`opsmon lock-hint`); the next plain deploy converges as above. A deploy started while another is mid-apply stops " +
		"on the state lock before its orphans step, and removes nothing of the other's (the test's last steps).\n\n" +
		"Three more rows run where their setting is, with the same checks: a rolling replace of three clustered peers killed " +
		"between two peers, and a further host's agents stack killed after its node-exporter started (e2e TestHAPagesExactlyOnce); " +
		"the SSH sessions of a deploy to a remote engine cut for 15 s once the replaced Alertmanager runs (e2e TestRemoteHost). " +
		"Each time the next plain deploy converged.\n<!-- interruptions:end -->")
	return writeBenchSection("interruptions", b.String())
}

// shownCommand is a command of the matrix as an operator types it: the saved-plan
// pair runs through bash (a temporary folder, the printed digest), shown as make.
func shownCommand(c []string) string {
	if len(c) >= 4 && c[0] == "bash" {
		switch c[3] {
		case "plan":
			return "OPSMON_PLAN_OUT=DIR make plan ENV=local"
		case "apply-plan":
			return "make apply-plan ENV=local PLANS=DIR DIGEST=<the digest make plan printed>"
		}
	}
	return strings.Join(c, " ")
}

const bystander = "opsmon-local-bystander"

// startBystander creates a container and a network that are not the project's: no
// labels, names like the environment's. It returns their ids, which every row checks.
func startBystander(t *testing.T) string {
	t.Helper()
	net, err := exec.Command("docker", "network", "create", bystander+"-net").Output()
	if err != nil {
		t.Fatalf("docker network create: %v", err)
	}
	c, err := exec.Command("docker", "create", "--name", bystander, "--network", bystander+"-net", localDebianImage, "true").Output()
	if err != nil {
		t.Fatalf("docker create: %v", err)
	}
	return strings.TrimSpace(string(net)) + " " + strings.TrimSpace(string(c))
}

// convergedWithNothingLost: the stack is up, its plan empty, its data and silence
// kept, and the bystander untouched.
func convergedWithNothingLost(t *testing.T, env model.Environment, lost *nothingLost, others string) {
	t.Helper()
	everyTargetUp(t, env)
	noChanges(t, nil)
	expr := fmt.Sprintf(`up{job="prometheus"} @ %d`, lost.beforeDestroy.Unix())
	eventuallyHasData(t, 60*time.Second, "samples from before the first kill", expr, "lost: "+expr)
	awaitAlertmanagerReady(t)
	if state, err := silenceState(lost.silenceID); err != nil || state != "active" {
		t.Fatalf("silence %s: state %q, %v; want active", lost.silenceID, state, err)
	}
	for _, v := range env.DataVolumes() {
		if exec.Command("docker", "volume", "inspect", v).Run() != nil {
			t.Errorf("data volume %s is gone", v)
		}
	}
	net, _ := exec.Command("docker", "network", "inspect", "-f", "{{.Id}}", bystander+"-net").Output()
	c, _ := exec.Command("docker", "inspect", "-f", "{{.Id}}", bystander).Output()
	if got := strings.TrimSpace(string(net)) + " " + strings.TrimSpace(string(c)); got != others {
		t.Errorf("the bystander network and container (not the project's) were touched: %q, were %q", got, others)
	}
	left, _ := exec.Command("docker", "ps", "-aq", "--filter", "label="+secretspush.HelperLabel).Output()
	if ids := strings.Fields(string(left)); len(ids) > 0 {
		t.Errorf("secrets-push helpers left behind: %v", ids)
	}
}

// killAt starts command in a process group of its own and kills the group once
// reached says so (polled every 50 ms, for at most 5 minutes).
func killAt(t *testing.T, command []string, reached func() (bool, error)) {
	t.Helper()
	cmd := exec.Command(command[0], command[1:]...)
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
	for {
		select {
		case err := <-done:
			t.Fatalf("%s ended (%v) before the point was reached:\n%s", strings.Join(command, " "), err, tail(out.String(), 30))
		case <-time.After(50 * time.Millisecond):
		}
		at, err := reached()
		if err != nil || time.Now().After(deadline) {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
			t.Fatalf("waiting for the point: %v (or 5 minutes passed):\n%s", err, tail(out.String(), 30))
		}
		if at {
			break
		}
	}
	if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-done
	t.Logf("killed %s:\n%s", strings.Join(command, " "), tail(out.String(), 6))
}

// processRunning: a process of this machine whose executable and NUL-separated
// command line match.
func processRunning(match func(exe, cmdline string) bool) func() (bool, error) {
	return func() (bool, error) {
		dirs, err := os.ReadDir("/proc")
		if err != nil {
			return false, err
		}
		for _, d := range dirs {
			exe, err := os.Readlink(filepath.Join("/proc", d.Name(), "exe"))
			if err != nil {
				continue
			}
			cmdline, _ := os.ReadFile(filepath.Join("/proc", d.Name(), "cmdline"))
			if match(exe, "\x00"+string(cmdline)) {
				return true, nil
			}
		}
		return false, nil
	}
}

// envContainers: at least one of the local environment's containers matches filter.
func envContainers(filter string) func() (bool, error) {
	return func() (bool, error) {
		out, err := exec.Command("docker", "ps", "-aq", "--filter", "label="+model.ContainerEnvironmentLabel+"=local", "--filter", filter).Output()
		return len(strings.Fields(string(out))) > 0, err
	}
}

// fewerEnvContainers: the environment has fewer containers than now, and some left.
func fewerEnvContainers(t *testing.T) func() (bool, error) {
	count := func() (int, error) {
		out, err := exec.Command("docker", "ps", "-aq", "--filter", "label="+model.ContainerEnvironmentLabel+"=local").Output()
		return len(strings.Fields(string(out))), err
	}
	// Counted when the rows are made, after the first deploy: every row before this
	// one leaves the stack deployed as it was.
	before, err := count()
	if err != nil || before == 0 {
		t.Fatalf("no container of the local environment to count: %v", err)
	}
	return func() (bool, error) {
		n, err := count()
		return n < before && n > 0, err
	}
}

// removeSynthStamp makes the next deploy synthesize again (scripts/lib.sh synth_env).
func removeSynthStamp(t *testing.T) {
	if err := os.Remove(filepath.Join(root, "cdktf.out", ".opsmon-synth-local")); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
}

// removeInit makes the next deploy run tofu init again (scripts/lib.sh init_once).
func removeInit(t *testing.T) {
	if err := os.RemoveAll(filepath.Join(root, "cdktf.out", "stacks", "local-host", ".terraform")); err != nil {
		t.Fatal(err)
	}
}
