//go:build e2e

package e2e

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
)

const demoURL = "http://127.0.0.1:8084"

// demoFaults drives the demo backend: every /api/v1 request fails after 1.5s of
// pg_sleep, and 120 logins a minute are refused. The three alerts share one
// injection: each resolves only once its 5m window has forgotten the fault, so
// running them one after another would cost three windows instead of one.
const demoFaults = `{"error_rate":1,"latency_seconds":1.5,"login_failures_per_minute":120}`

// faultGroup is a fault injected and undone at once, and the alerts it must raise.
type faultGroup struct {
	name          string
	alerts        []string
	inject, undo  func() error
	resolveWithin time.Duration
	// resolveAtEnd: wait for the resolved notifications after the other groups,
	// while the rate windows forget the fault.
	resolveAtEnd bool
	// mustInhibit: lower alerts of the service that the fault makes fire, and
	// that must not notify while the critical alert fires.
	mustInhibit []string
}

func faultGroups() []faultGroup {
	stop := func(name string) func() error { return func() error { return docker("stop", name) } }
	start := func(name string) func() error { return func() error { return docker("start", name) } }
	return []faultGroup{
		// Rate-based faults first, on a healthy stack: Redis or PostgreSQL down makes
		// the demo answer errors too, which must not precede the measured ones.
		{name: "demo: errors, 1.5s latency, refused logins", alerts: []string{"HighErrorRate", "HighAPILatency", "HighAuthFailureRate"},
			inject: func() error { return demoPost("/demo/mode", demoFaults) }, undo: func() error { return demoPost("/demo/reset", "") },
			resolveWithin: 5*time.Minute + 3*time.Minute, resolveAtEnd: true},
		{name: "docker stop " + model.LocalRedis, alerts: []string{"RedisDown"},
			inject: stop(model.LocalRedis), undo: start(model.LocalRedis), resolveWithin: 2 * time.Minute},
		{name: "docker stop " + model.LocalPostgreSQL, alerts: []string{"DatabaseDown"},
			inject: stop(model.LocalPostgreSQL), undo: start(model.LocalPostgreSQL), resolveWithin: 2 * time.Minute},
		{name: "docker stop " + model.OpsCenterDemo, alerts: []string{"OpsCenterDown"},
			// OpsCenterDown is the only alert on the ops-center job's up (no TargetDown twin).
			inject: stop(model.OpsCenterDemo), undo: start(model.OpsCenterDemo), resolveWithin: 2 * time.Minute},
	}
}

// restoreAll undoes every fault; it runs after the faults step whatever happened.
func restoreAll() {
	for _, c := range []string{model.LocalRedis, model.LocalPostgreSQL, model.OpsCenterDemo} {
		_ = docker("start", c)
	}
	for i := 0; i < 10 && demoPost("/demo/reset", "") != nil; i++ {
		time.Sleep(2 * time.Second) // the demo may still be starting
	}
}

func docker(args ...string) error {
	if out, err := exec.Command("docker", args...).CombinedOutput(); err != nil {
		return fmt.Errorf("docker %s: %v %s", strings.Join(args, " "), err, out)
	}
	return nil
}

func demoPost(path, body string) error {
	resp, err := client.Post(demoURL+path, "application/json", strings.NewReader(body))
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("POST %s: %s", path, resp.Status)
	}
	return nil
}

// faultRow is one alert's measurement, a row of docs/BENCHMARKS.md.
type faultRow struct {
	fault, alert, receiver string
	kinds                  []string
	first, all, resolved   time.Duration
	bound                  bound
	fillWhy                string
	undoneAt               time.Time
}

type faultRun struct {
	t       *testing.T
	timings model.Timings
	catalog map[string]alerts.Alert
	start   time.Time
	rows    []*faultRow
	pending []*faultRow // firing, resolved notification still awaited
	// pendingWithin bounds the wait for the pending ones, from the last undo: a
	// dependency that was down made the demo answer errors too, so the rate
	// windows forget the faults only after the last repair.
	pendingWithin time.Duration
	lastUndo      time.Time
}

// testFaults breaks the running local stack for real, one fault after another, and
// checks each alert reaches exactly its receivers within its bound, that inhibited
// alerts stay quiet, that a resolved notification follows the repair, and that the
// Watchdog kept arriving throughout.
func testFaults(t *testing.T) {
	env, err := model.LoadEnvironment(filepath.Join(root, "environments"), "local")
	if err != nil {
		t.Fatal(err)
	}
	// The Watchdog check counts from the first delivery of a steady pipeline, not
	// from whatever restart a step before left behind.
	tp := env.TimingProfile()
	t0 := time.Now()
	t0 = t0.Add(awaitWatchdog(t, t0, 3*tp.GroupInterval+tp.RestartBound()))
	r := &faultRun{t: t, timings: tp, catalog: map[string]alerts.Alert{}, start: t0}
	for _, a := range alerts.All(alerts.ForEnvironment(alerts.Catalog(), env)) {
		r.catalog[a.Name] = a
	}
	t.Cleanup(restoreAll)
	for _, g := range faultGroups() {
		r.do(g)
		if t.Failed() {
			return
		}
	}
	r.awaitResolved(r.pending, r.lastUndo.Add(r.pendingWithin))
	r.checkOnlyExpectedReceivers()
	r.checkWatchdog()
	for _, row := range r.rows {
		t.Logf("%-45s %-20s first %5.1fs  all %5.1fs  bound %5.1fs  resolved %5.1fs after undo",
			row.fault, row.alert, row.first.Seconds(), row.all.Seconds(), row.bound.total.Seconds(), row.resolved.Seconds())
	}
	if !t.Failed() && os.Getenv("OPSMON_WRITE_BENCH") == "1" {
		if err := writeFaultTable(r.rows, r.timings); err != nil {
			t.Error(err)
		}
	}
}

func (r *faultRun) do(g faultGroup) {
	t := r.t
	var rows []*faultRow
	existed := map[string]bool{}
	for _, name := range g.alerts {
		a, ok := r.catalog[name]
		if !ok {
			t.Fatalf("%s: alert %s is not in the local catalog", g.name, name)
		}
		if sig := rateSignals[name]; sig != nil {
			if err := sig.checkModel(a); err != nil {
				t.Fatal(err)
			}
		}
		r.awaitQuiet(name)
		var err error
		if existed[name], err = amGroupExists(name); err != nil {
			t.Fatal(err)
		}
		rcv := amconfig.ReceiverFor(a.Severity)
		rows = append(rows, &faultRow{fault: g.name, alert: name, receiver: rcv, kinds: amconfig.Integrations(rcv)})
	}
	if err := g.inject(); err != nil {
		t.Fatalf("%s: %v", g.name, err)
	}
	// The fault exists once inject returns: docker stop waits for the process to exit.
	t0 := time.Now()
	r.awaitFiring(t0, rows)
	now := time.Now()
	for _, row := range rows {
		a, sig := r.catalog[row.alert], rateSignals[row.alert]
		var fill time.Duration
		if sig != nil {
			var err error
			if fill, row.fillWhy, err = sig.fill(t0, now); err != nil {
				t.Errorf("%s: %s: %v", g.name, row.alert, err)
			}
		}
		row.bound = deliveryBound(r.timings, a, existed[row.alert], sig, fill)
		t.Logf("%s: %s reached %s:%s after %.1fs (all %.1fs); bound %.1fs = %s %s", g.name, row.alert, strings.Join(row.kinds, "+"),
			row.receiver, row.first.Seconds(), row.all.Seconds(), row.bound.total.Seconds(), row.bound, row.fillWhy)
		if row.all > row.bound.total {
			t.Errorf("%s: %s reached its last receiver after %.1fs, over its bound %.1fs (%s)", g.name, row.alert, row.all.Seconds(), row.bound.total.Seconds(), row.bound)
		}
	}
	if a := r.catalog[g.alerts[0]]; a.Severity == alerts.SeverityCritical {
		r.checkInhibition(g, t0.Add(rows[0].first))
	}
	if err := g.undo(); err != nil {
		t.Fatalf("%s: undo: %v", g.name, err)
	}
	undone := time.Now()
	for _, row := range rows {
		row.undoneAt = undone
	}
	r.rows = append(r.rows, rows...)
	r.lastUndo = undone
	if g.resolveAtEnd {
		r.pending = append(r.pending, rows...)
		r.pendingWithin = max(r.pendingWithin, g.resolveWithin)
		return
	}
	r.awaitResolved(rows, undone.Add(g.resolveWithin))
}

// awaitQuiet waits until neither Prometheus nor Alertmanager has alert active, so
// the first notification after the fault is caused by it. A rate alert may still
// remember the deploy's first seconds (the demo answers 503 until its database
// connects) until its window has moved past them.
func (r *faultRun) awaitQuiet(alert string) {
	wait := 2 * time.Minute
	if sig := rateSignals[alert]; sig != nil {
		wait += sig.window
	}
	eventually(r.t, wait, 2*time.Second, alert+" inactive before its fault", func() string {
		res, err := query(fmt.Sprintf(`ALERTS{alertname=%q}`, alert))
		if err != nil {
			return err.Error()
		}
		if len(res) > 0 {
			return "Prometheus has it " + res[0].Metric["alertstate"]
		}
		held, err := amAlerts(fmt.Sprintf("alertname=%q", alert))
		if err != nil {
			return err.Error()
		}
		if len(held) > 0 {
			return "Alertmanager still holds it"
		}
		return ""
	})
}

// awaitFiring waits until every row's alert was announced firing to each of its
// receiver's integrations, and records the first and the last of those deliveries.
func (r *faultRun) awaitFiring(t0 time.Time, rows []*faultRow) {
	var longest time.Duration
	for _, row := range rows {
		if b := deliveryBound(r.timings, r.catalog[row.alert], true, rateSignals[row.alert], 2*time.Minute); b.total > longest {
			longest = b.total
		}
	}
	eventually(r.t, longest+30*time.Second, time.Second, "firing notifications", func() string {
		ds, err := deliveries()
		if err != nil {
			return err.Error()
		}
		var missing []string
		for _, row := range rows {
			got := firstPerTarget(ds, row.alert, "firing", t0, time.Now().Add(time.Hour))
			row.first, row.all = 0, 0
			for _, k := range row.kinds {
				at, ok := got[k+":"+row.receiver]
				if !ok {
					missing = append(missing, fmt.Sprintf("%s at %s:%s", row.alert, k, row.receiver))
					continue
				}
				if d := at.Sub(t0); row.first == 0 || d < row.first {
					row.first = d
				}
				if d := at.Sub(t0); d > row.all {
					row.all = d
				}
			}
		}
		if len(missing) > 0 {
			return "not yet: " + strings.Join(missing, ", ")
		}
		return ""
	})
}

// awaitResolved waits for a resolved notification of every row at each of its
// receiver's integrations, after the row's fault was undone.
func (r *faultRun) awaitResolved(rows []*faultRow, deadline time.Time) {
	if len(rows) == 0 {
		return
	}
	eventually(r.t, time.Until(deadline), 2*time.Second, "resolved notifications", func() string {
		ds, err := deliveries()
		if err != nil {
			return err.Error()
		}
		var missing []string
		for _, row := range rows {
			got := firstPerTarget(ds, row.alert, "resolved", row.undoneAt, time.Now().Add(time.Hour))
			var last time.Duration
			for _, k := range row.kinds {
				at, ok := got[k+":"+row.receiver]
				if !ok {
					missing = append(missing, fmt.Sprintf("%s at %s:%s", row.alert, k, row.receiver))
				} else if d := at.Sub(row.undoneAt); d > last {
					last = d
				}
			}
			row.resolved = last
		}
		if len(missing) > 0 {
			return "not yet: " + strings.Join(missing, ", ")
		}
		return ""
	})
}

// checkOnlyExpectedReceivers: over the whole run, each fault's alert was announced
// (firing or resolved) to its receiver's integrations and to nothing else.
func (r *faultRun) checkOnlyExpectedReceivers() {
	ds, err := deliveries()
	if err != nil {
		r.t.Fatal(err)
	}
	for _, row := range r.rows {
		want := map[string]bool{}
		for _, k := range row.kinds {
			want[k+":"+row.receiver] = true
		}
		got := targetsOf(ds, row.alert, r.start)
		if fmt.Sprint(sorted(got)) != fmt.Sprint(sorted(want)) {
			r.t.Errorf("%s was announced to %v, want exactly %v", row.alert, sorted(got), sorted(want))
		}
	}
}

// checkWatchdog: the Watchdog reached its receiver, and only it, all along the run.
// Its route repeats every group_interval, so Alertmanager resends it at every first
// or second group tick; three group intervals without it mean the pipeline broke.
func (r *faultRun) checkWatchdog() {
	ds, err := deliveries()
	if err != nil {
		r.t.Fatal(err)
	}
	gap := 3 * r.timings.GroupInterval
	var at []time.Time
	for _, d := range ds {
		if a, s := d.read(); a != alerts.WatchdogName || d.ReceivedAt.Before(r.start) {
			continue
		} else if s != "firing" || d.to() != "webhook:"+amconfig.ReceiverWatchdog {
			r.t.Errorf("Watchdog announced %s at %s, want firing at webhook:%s only", s, d.to(), amconfig.ReceiverWatchdog)
		}
		at = append(at, d.ReceivedAt)
	}
	sort.Slice(at, func(i, j int) bool { return at[i].Before(at[j]) })
	prev, longest := r.start, time.Duration(0)
	for _, a := range append(at, time.Now()) {
		if d := a.Sub(prev); d > longest {
			longest = d
		}
		if a.Sub(prev) > gap {
			r.t.Errorf("Watchdog silent for %s from %s, longer than %s", a.Sub(prev).Round(time.Second), prev.Format(time.TimeOnly), gap)
		}
		prev = a
	}
	span := time.Since(r.start)
	if min := int(span / gap); len(at) < min {
		r.t.Errorf("Watchdog arrived %d times in %s, want at least %d", len(at), span.Round(time.Second), min)
	}
	r.t.Logf("Watchdog: %d deliveries in %s, longest gap %s (limit %s)", len(at), span.Round(time.Second), longest.Round(time.Second), gap)
}

func sorted[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
