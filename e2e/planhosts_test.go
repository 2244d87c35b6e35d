//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// TestBenchPlanAsHostsGrow times `make plan ENV=local` (scripts/plan.sh) with 0,
// 1, 2 and 4 further hosts, each a Docker engine of its own started here with its
// agents deployed (so each plan refreshes them there, as a pull request's plan
// does); the own host's stack plans against its state as it is (the local stack
// down). Rounds are interleaved so load falls on all alike.
// A benchmark, not part of make test: scripts/bench-plan-hosts.sh runs it and it
// writes docs/BENCHMARKS.md (plan-hosts).
func TestBenchPlanAsHostsGrow(t *testing.T) {
	if os.Getenv("OPSMON_BENCH_PLAN_HOSTS") == "" {
		t.Skip("a benchmark: run scripts/bench-plan-hosts.sh")
	}
	uses(t, machineEngine)
	counts, rounds := []int{0, 1, 2, 4}, 3
	var engines []*engine
	for i := 0; i < counts[len(counts)-1]; i++ {
		engines = append(engines, startEngine(t))
	}
	dirs := map[int]string{}
	for _, n := range counts {
		hosts := ""
		if n > 0 {
			hosts = "hosts:\n"
			for i := 0; i < n; i++ {
				hosts += fmt.Sprintf("  - name: h%d\n    docker: {host: \"unix://%s\"}\n    address: %s\n", i, engines[i].sock, engines[i].gateway)
			}
		}
		dirs[n] = envtest.DirWith(t, filepath.Join(root, "environments"), "local", func(s string) string {
			return s + hosts
		})
	}
	last := counts[len(counts)-1]
	env, err := model.LoadEnvironment(dirs[last], "local")
	if err != nil {
		t.Fatal(err)
	}
	var agents []string
	for i, e := range engines {
		for _, c := range env.AgentContainers() {
			e.loadImages(t, env.Image(c))
		}
		agents = append(agents, model.AgentStack("local", fmt.Sprintf("h%d", i)))
	}
	before, _ := exec.Command("docker", "volume", "ls", "-q", "--filter", "name=opsmon-local-secrets-").Output()
	deployEnv := []string{"OPSMON_ENV_DIR=" + dirs[last]}
	t.Cleanup(func() {
		if out, err := runOut(deployEnv, "scripts/stack.sh", append([]string{"destroy", "local"}, agents...)...); err != nil {
			t.Errorf("destroying the agents: %v\n%s", err, tail(out, 20))
		} else {
			// Their states, empty now, are the benchmark's alone.
			for _, a := range agents {
				_ = os.Remove(filepath.Join(root, "state", a+".tfstate"))
				_ = os.Remove(filepath.Join(root, "state", a+".tfstate.backup"))
			}
		}
		// The deploy's secrets push made the own host's secrets volumes: remove those it made.
		after, _ := exec.Command("docker", "volume", "ls", "-q", "--filter", "name=opsmon-local-secrets-").Output()
		for _, v := range strings.Fields(string(after)) {
			if !slices.Contains(strings.Fields(string(before)), v) {
				_ = exec.Command("docker", "volume", "rm", v).Run()
			}
		}
	})
	run(t, deployEnv, "scripts/stack.sh", append([]string{"deploy", "local"}, agents...)...)
	secs := map[int][]float64{}
	for r := 0; r < rounds; r++ {
		for _, n := range counts {
			t0 := time.Now()
			out := run(t, []string{"OPSMON_ENV_DIR=" + dirs[n]}, "scripts/plan.sh", "local")
			secs[n] = append(secs[n], time.Since(t0).Seconds())
			for i := 0; i < n; i++ {
				if stack := model.AgentStack("local", fmt.Sprintf("h%d", i)); !strings.Contains(out, "== "+stack) {
					t.Fatalf("%d hosts: %s was not planned:\n%s", n, stack, tail(out, 30))
				}
			}
			// Only the Grafana stack may be skipped (no provider here); a stack whose
			// init failed would be timed for nothing.
			if strings.Count(out, "not planned") != 1 {
				t.Fatalf("%d hosts: a stack was not planned:\n%s", n, tail(out, 40))
			}
		}
	}
	var b strings.Builder
	b.WriteString("<!-- plan-hosts:start -->\n## `make plan` as hosts grow (`scripts/bench-plan-hosts.sh`)\n\n")
	fmt.Fprintf(&b, "%s, %d cores. `scripts/plan.sh local` with N further hosts (`hosts:`), each a Docker engine of its own on this machine "+
		"with its agents deployed, so each plan refreshes them on their engine as a pull request's plan does (the own host's stack, "+
		"not deployed, plans the same in every row), %d rounds interleaved; wall clock seconds. Each host is one more stack "+
		"(`local-agents-hN`): one more `tofu init` (skipped when unchanged) and `tofu plan`.\n\n", time.Now().UTC().Format("2006-01-02"), runtime.NumCPU(), rounds)
	b.WriteString("| further hosts | stacks planned | median (s) | min (s) | max (s) |\n|---|---|---|---|---|\n")
	for _, n := range counts {
		v := append([]float64(nil), secs[n]...)
		sort.Float64s(v)
		fmt.Fprintf(&b, "| %d | %d | %.1f | %.1f | %.1f |\n", n, n+1, v[len(v)/2], v[0], v[len(v)-1])
	}
	med := func(n int) float64 { v := append([]float64(nil), secs[n]...); sort.Float64s(v); return v[len(v)/2] }
	perHost := (med(last) - med(0)) / float64(last)
	spread := 0.0
	for _, n := range counts {
		v := append([]float64(nil), secs[n]...)
		sort.Float64s(v)
		spread = max(spread, v[len(v)-1]-v[0])
	}
	fmt.Fprintf(&b, "\nEach further host adds %.1f s to the plan (median of %d hosts less median of none, divided by %d); the widest spread of a row is %.1f s", perHost, last, last, spread)
	if spread > perHost {
		b.WriteString(", wider than one host's share: per host the figure is within noise, the trend over several hosts is not")
	}
	b.WriteString(".\n<!-- plan-hosts:end -->")
	if err := writeBenchSection("plan-hosts", b.String()); err != nil {
		t.Fatal(err)
	}
	t.Log(b.String())
}
