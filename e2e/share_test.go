//go:build e2e

package e2e

import (
	"os"
	"strconv"
	"sync"
	"testing"
	"time"
)

// What two e2e tests may not use at the same time. Every test runs in parallel
// (scripts/test.sh sets -parallel above the number of tests) and holds, for its
// whole run, the parts it shares with others; tests sharing none run side by side.
const (
	// machineEngine: this machine's Docker engine, its container names and the
	// ports the local environment publishes on 127.0.0.1.
	machineEngine = "this machine's engine"
	// stagingSynth: the repo's cdktf.out/stacks/staging-*, and containers labelled
	// opsmon.environment=staging, which the remote bench checks never appear on this
	// machine's engine while the stand-ins deploy staging there on purpose.
	stagingSynth = "staging's synthesized stacks"
)

// parts are the shared parts and who holds each.
type parts struct {
	mu    sync.Mutex
	freed *sync.Cond
	held  map[string]string // part → the test holding it
}

func newParts() *parts {
	p := &parts{held: map[string]string{}}
	p.freed = sync.NewCond(&p.mu)
	return p
}

// take waits until every named part is free, then holds them all for who; it
// returns their release. A waiter holds nothing meanwhile, so no two wait on each other.
func (p *parts) take(who string, names ...string) (release func()) {
	p.mu.Lock()
	for !p.allFree(names) {
		p.freed.Wait()
	}
	for _, n := range names {
		p.held[n] = who
	}
	p.mu.Unlock()
	return func() {
		p.mu.Lock()
		for _, n := range names {
			delete(p.held, n)
		}
		p.mu.Unlock()
		p.freed.Broadcast()
	}
}

func (p *parts) allFree(names []string) bool {
	for _, n := range names {
		if _, busy := p.held[n]; busy {
			return false
		}
	}
	return true
}

var shared = newParts()

// laneOf: the lane scripts/test.sh runs each test in, by name; the others run in
// lane 1, on this machine's engine. Every other lane is a copy of the tree on a
// Docker engine of its own, in network, mount and PID namespaces of its own
// (scripts/e2e-lane.sh). There "this machine's engine" is that engine: its container
// names, ports, networks, volumes and state are not lane 1's, so tests of different
// lanes that deploy to it run side by side instead of one after another. Chosen to
// even the lanes' time out (docs/BENCHMARKS.md, e2e-lanes).
var laneOf = map[string]int{
	"TestHAPagesExactlyOnce":          2,
	"TestWebTLS":                      2,
	"TestBadSourceStopsTheDeploy":     2,
	"TestEveryAlertDelivered":         3,
	"TestStagingWorkflows":            3,
	"TestS3State":                     3,
	"TestLaneReachesOnlyTheResolvers": 2,
	"TestInterruptionsConverge":       4,
}

// inLane skips t unless the process is its lane: OPSMON_E2E_LANE is the lane, and
// OPSMON_E2E_LANES how many scripts/test.sh runs (a test given a lane it does not
// run fails, never goes unrun). Both unset, one process runs every test, as
// `go test -tags e2e ./e2e` does.
func inLane(t *testing.T) {
	t.Helper()
	if os.Getenv("OPSMON_E2E_LANE") == "" {
		return
	}
	lane, err1 := strconv.Atoi(os.Getenv("OPSMON_E2E_LANE"))
	lanes, err2 := strconv.Atoi(os.Getenv("OPSMON_E2E_LANES"))
	if err1 != nil || err2 != nil || lane < 1 || lane > lanes {
		t.Fatalf("OPSMON_E2E_LANE=%q of OPSMON_E2E_LANES=%q: want a lane from 1 to the number of lanes", os.Getenv("OPSMON_E2E_LANE"), os.Getenv("OPSMON_E2E_LANES"))
	}
	want := max(laneOf[t.Name()], 1)
	if want > lanes {
		t.Fatalf("laneOf puts %s in lane %d, but scripts/test.sh runs %d lanes", t.Name(), want, lanes)
	}
	if want != lane {
		t.Skipf("runs in lane %d", want)
	}
}

// uses marks t parallel and holds the named parts until t and its cleanups end.
func uses(t *testing.T, names ...string) {
	t.Helper()
	inLane(t)
	t.Parallel()
	for _, n := range names {
		if n != machineEngine && n != stagingSynth {
			t.Fatalf("uses: no shared part %q", n)
		}
	}
	// Registered before the test's own cleanups, so it runs after them.
	t.Cleanup(shared.take(t.Name(), names...))
}

// TestPartsAreHeldWholeAndReleased: a test waiting for two parts, one of them
// held, holds neither meanwhile, and gets both once the holder releases.
func TestPartsAreHeldWholeAndReleased(t *testing.T) {
	p := newParts()
	releaseA := p.take("first", "a")
	got := make(chan func(), 1)
	go func() { got <- p.take("second", "a", "b") }()
	// While the second waits for a, b stays free: a third test takes it at once.
	third := make(chan func(), 1)
	go func() { third <- p.take("third", "b") }()
	select {
	case release := <-third:
		release()
	case <-time.After(5 * time.Second):
		t.Fatal("a test waiting for a and b kept b from another test")
	}
	select {
	case <-got:
		t.Fatal("the second test got a while the first held it")
	case <-time.After(200 * time.Millisecond):
	}
	releaseA()
	select {
	case release := <-got:
		release()
	case <-time.After(5 * time.Second):
		t.Fatal("the second test never got a and b after the first released a")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.held) != 0 {
		t.Errorf("parts still held after every release: %v", p.held)
	}
}
