//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// restartRow is one restart whose first page afterwards was timed.
type restartRow struct {
	what  string
	after time.Duration // from the restart command's return to the Watchdog at the sink
	bound time.Duration
}

// restartsResumePaging times, for each way the pipeline restarts, how long until a
// firing alert (the Watchdog, which always fires) reaches its receiver again.
// Alertmanager keeps alerts in memory, so after it restarts it knows a firing alert
// only at Prometheus's next resend; when Prometheus restarts just after it (the
// sequence that once left a 63 s gap), the alert's first send after the restart
// must not be lost either. Each must resume within model.Timings.RestartBound plus
// the container's own start.
func restartsResumePaging(t *testing.T, env model.Environment) []restartRow {
	tp := env.TimingProfile()
	const start = 10 * time.Second // a container's start and readiness, measured at 2-4 s
	bound := tp.RestartBound() + start
	var rows []restartRow
	for _, seq := range [][]string{
		{model.Alertmanager},
		{model.Prometheus},
		{model.Alertmanager, model.Prometheus},
	} {
		awaitWatchdog(t, time.Now(), 3*tp.GroupInterval+bound) // a steady pipeline first
		var t0 time.Time
		for i, c := range seq {
			if i > 0 {
				time.Sleep(3 * time.Second) // as the steps before the faults did
			}
			if out, err := exec.Command("docker", "restart", c).CombinedOutput(); err != nil {
				t.Fatalf("docker restart %s: %v %s", c, err, out)
			}
			t0 = time.Now()
		}
		got := awaitWatchdog(t, t0, bound)
		what := "restart " + strings.Join(seq, ", then ")
		t.Logf("%s: Watchdog at the sink %.1fs after the last restart (bound %s = evaluation %s + resend %s + group_wait %s + start %s)",
			what, got.Seconds(), bound, tp.EvaluationInterval, tp.ResendDelay, tp.GroupWait, start)
		rows = append(rows, restartRow{what, got, bound})
	}
	return rows
}

// awaitWatchdog waits for a Watchdog delivered after since and returns how long
// after since it arrived; it fails past the bound, naming the last one seen.
func awaitWatchdog(t *testing.T, since time.Time, bound time.Duration) time.Duration {
	t.Helper()
	var got time.Duration
	eventually(t, bound, time.Second, fmt.Sprintf("a Watchdog delivered after %s", since.Format(time.TimeOnly)), func() string {
		ds, err := deliveries()
		if err != nil {
			return err.Error()
		}
		var last time.Time
		for _, d := range ds {
			if a, _ := d.read(); a != alerts.WatchdogName {
				continue
			}
			if d.ReceivedAt.After(since) {
				got = d.ReceivedAt.Sub(since)
				return ""
			}
			if d.ReceivedAt.After(last) {
				last = d.ReceivedAt
			}
		}
		return "last Watchdog at " + last.Format(time.TimeOnly)
	})
	return got
}

// writeRestartTable records the restart-to-page times in docs/BENCHMARKS.md.
func writeRestartTable(rows []restartRow, tp model.Timings) error {
	var b strings.Builder
	fmt.Fprintf(&b, "<!-- restart-page:start -->\n## Restart to page (`make test`, local stack)\n\n")
	fmt.Fprintf(&b, "Measured by `e2e/restartpage_test.go` on the real Docker engine, %s, timing profile %q (evaluation %s, resend delay %s, group_wait %s). Time from `docker restart` returning to the notification sink receiving the Watchdog, the alert that always fires.\n\n",
		time.Now().UTC().Format("2006-01-02"), tp.Name, tp.EvaluationInterval, tp.ResendDelay, tp.GroupWait)
	b.WriteString("| restart | Watchdog after (s) | bound (s) |\n|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %.1f | %.0f |\n", r.what, r.after.Seconds(), r.bound.Seconds())
	}
	b.WriteString("\nBound = evaluation + resend delay + group_wait + 10 s for the container to start (`model.Timings.RestartBound`). Alertmanager holds alerts in memory only, so after it restarts a firing alert is back only at Prometheus's next resend (`--rules.alert.resend-delay`, 1m by default, set per profile here).\n<!-- restart-page:end -->")
	return writeBenchSection("restart-page", b.String())
}

func restartsStep(rows *[]restartRow, env model.Environment) func(*testing.T) {
	return func(t *testing.T) {
		*rows = restartsResumePaging(t, env)
		if !t.Failed() && os.Getenv("OPSMON_WRITE_BENCH") == "1" {
			if err := writeRestartTable(*rows, env.TimingProfile()); err != nil {
				t.Error(err)
			}
		}
	}
}
