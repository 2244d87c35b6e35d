//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// TestBenchPlanAsHostsGrow times `make plan ENV=local` (scripts/plan.sh) with 0,
// 1, 2 and 4 further hosts, each a Docker engine of its own started here, against
// empty state in a private folder; rounds interleaved so load falls on all alike.
// A benchmark, not part of make test: scripts/bench-plan-hosts.sh runs it and it
// writes docs/BENCHMARKS.md (plan-hosts).
func TestBenchPlanAsHostsGrow(t *testing.T) {
	if os.Getenv("OPSMON_BENCH_PLAN_HOSTS") == "" {
		t.Skip("a benchmark: run scripts/bench-plan-hosts.sh")
	}
	counts, rounds := []int{0, 1, 2, 4}, 3
	var engines []*engine
	for i := 0; i < counts[len(counts)-1]; i++ {
		engines = append(engines, startEngine(t))
	}
	state := t.TempDir()
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
			return strings.Replace(s, "  path: state\n", "  path: "+state+"\n", 1) + hosts
		})
	}
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
		}
	}
	var b strings.Builder
	b.WriteString("<!-- plan-hosts:start -->\n## `make plan` as hosts grow (`scripts/bench-plan-hosts.sh`)\n\n")
	fmt.Fprintf(&b, "%s, %d cores. `scripts/plan.sh local` with N further hosts (`hosts:`), each a Docker engine of its own on this machine, "+
		"against empty state (every resource to add), %d rounds interleaved; wall clock seconds. Each host is one more stack "+
		"(`local-agents-hN`): one more `tofu init` (skipped when unchanged) and `tofu plan`.\n\n", time.Now().UTC().Format("2006-01-02"), runtime.NumCPU(), rounds)
	b.WriteString("| further hosts | stacks planned | median (s) | min (s) | max (s) |\n|---|---|---|---|---|\n")
	for _, n := range counts {
		v := append([]float64(nil), secs[n]...)
		sort.Float64s(v)
		fmt.Fprintf(&b, "| %d | %d | %.1f | %.1f | %.1f |\n", n, n+1, v[len(v)/2], v[0], v[len(v)-1])
	}
	med := func(n int) float64 { v := append([]float64(nil), secs[n]...); sort.Float64s(v); return v[len(v)/2] }
	last := counts[len(counts)-1]
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
