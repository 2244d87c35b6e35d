//go:build e2e

package e2e

import (
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// rollingReplace changes Alertmanager's configuration (the email sender) and
// deploys: every peer is replaced, one at a time. While the deploy runs, a poller
// counts the healthy peers every 200 ms; never fewer than all but one may be
// healthy. Afterwards the silence is on every peer, and the Watchdog (sent every
// group interval) never arrived twice within half an interval: no peer sent a
// copy another had sent.
func rollingReplace(t *testing.T, env model.Environment, silence, dir string) {
	peers := env.Replicas(model.Alertmanager)
	before := containerIDs(t, peers)
	changed := envtest.DirWith(t, dir, env.Name, func(s string) string {
		return strings.Replace(s, "from: alertmanager@localhost", "from: alertmanager-rolled@localhost", 1)
	})
	stop := make(chan struct{})
	var wg sync.WaitGroup
	fewest, polls := len(peers), 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for deadline := time.Now().Add(10 * time.Minute); time.Now().Before(deadline); {
			select {
			case <-stop:
				return
			case <-time.After(200 * time.Millisecond):
			}
			if n := healthyPeers(peers); n < fewest {
				fewest = n
			}
			polls++
		}
	}()
	t0 := time.Now()
	out, err := runOut([]string{"OPSMON_ENV_DIR=" + changed}, "scripts/stack.sh", "deploy", "local")
	took := time.Since(t0)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatalf("deploy: %v\n%s", err, tail(out, 30))
	}
	after := containerIDs(t, peers)
	for _, p := range peers {
		if before[p] == after[p] {
			t.Fatalf("control: %s was not replaced by the deploy; the checks below would prove nothing", p)
		}
	}
	t.Logf("deploy replaced %d peers in %s; fewest healthy peers in %d polls: %d", len(peers), took.Round(time.Second), polls, fewest)
	if fewest < len(peers)-1 {
		t.Errorf("only %d of %d peers were healthy at one moment of the deploy; want at most one down at a time", fewest, len(peers))
	}
	for _, p := range peers {
		silenceOn(t, p, silence)
	}
	interval := env.TimingProfile().GroupInterval
	time.Sleep(2 * interval)
	ds, err := deliveries()
	if err != nil {
		t.Fatal(err)
	}
	var times []time.Time
	for _, d := range ds {
		if a, _ := d.read(); a == alerts.WatchdogName && d.ReceivedAt.After(t0) {
			times = append(times, d.ReceivedAt)
		}
	}
	if len(times) < 2 {
		t.Fatalf("control: %d Watchdogs since the deploy began; the duplicate check needs a steady heartbeat", len(times))
	}
	closest := time.Hour
	for i := 1; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < closest {
			closest = gap
		}
	}
	t.Logf("%d Watchdogs since the deploy began; closest two %.1fs apart (group interval %s)", len(times), closest.Seconds(), interval)
	if closest < interval/2 {
		t.Errorf("two Watchdogs %.1fs apart: a peer sent a notification another had sent", closest.Seconds())
	}
}

// containerIDs are the IDs of the named containers.
func containerIDs(t *testing.T, names []string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, n := range names {
		b, err := exec.Command("docker", "inspect", "-f", "{{.Id}}", n).Output()
		if err != nil {
			t.Fatalf("inspect %s: %v", n, err)
		}
		out[n] = strings.TrimSpace(string(b))
	}
	return out
}

// healthyPeers counts the named containers that run and pass their healthcheck.
func healthyPeers(names []string) int {
	n := 0
	for _, name := range names {
		b, err := exec.Command("docker", "inspect", "-f", "{{.State.Running}} {{if .State.Health}}{{.State.Health.Status}}{{end}}", name).Output()
		if err == nil && strings.TrimSpace(string(b)) == "true healthy" {
			n++
		}
	}
	return n
}
