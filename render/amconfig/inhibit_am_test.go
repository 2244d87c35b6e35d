package amconfig

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/alerts/tooltest"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// firing is one alert as amtool adds it: a catalog alert's labels, and the labels its
// series carries (the host, the Redis) that tell one cause from another.
type firing struct {
	name   string
	series map[string]string
}

func (f firing) labels(t *testing.T) map[string]string {
	t.Helper()
	for _, a := range alerts.All(alerts.Catalog()) {
		if a.Name == f.name {
			l := maps.Clone(a.AllLabels())
			l["alertname"] = a.Name
			l[model.EnvironmentLabel] = "local"
			maps.Copy(l, f.series)
			return l
		}
	}
	t.Fatalf("no alert %s in the catalog", f.name)
	return nil
}

func (f firing) String() string { return fmt.Sprintf("%s%v", f.name, f.series) }

// A real Alertmanager with the rendered config, alerts added and read back with
// amtool: a cause mutes only its own consequences, on its own host, on its own Redis;
// a threshold alert mutes its SLO's slow burn, not the fast burn's page.
func TestInhibitionStaysWithItsCause(t *testing.T) {
	addr := newLocalAlertmanager(t, "local").start(t)
	amtool := tooltest.Binary(t, "amtool")
	host := func(h string) map[string]string { return map[string]string{model.HostLabel: h} }
	redis := func(r string) map[string]string { return map[string]string{"redis": r} }
	causes := []firing{
		{"MemoryOver90Percent", host("host-a")},
		{"RedisDown", redis(model.LocalLagoRedis)},
		{"HighErrorRate", nil},
	}
	// A consequence on the cause's own host or Redis is muted: the control that shows
	// the rules work at all (the label pair need not be one a rule produces).
	muted := []firing{
		{"ModerateMemoryUsage", host("host-a")},
		{"HighCacheMissRate", redis(model.LocalLagoRedis)},
		{"OpsCenterErrorBudgetBurnSlow", nil}, // the threshold alert says it already
	}
	paging := []firing{
		{"ModerateMemoryUsage", host("host-b")},        // another host's warning
		{"HighCacheMissRate", redis(model.LocalRedis)}, // the other Redis
		{"OpsCenterErrorBudgetBurnFast", nil},          // the page stays
		{"OpsCenterLatencyBudgetBurnSlow", nil},        // the other SLO
	}
	for _, f := range slices.Concat(causes, muted, paging) {
		args := []string{"--alertmanager.url=http://" + addr, "alert", "add"}
		for k, v := range f.labels(t) {
			args = append(args, k+"="+v)
		}
		if out, err := tooltest.Run("", amtool, args...); err != nil {
			t.Fatalf("amtool alert add %s: %v\n%s", f, err, out)
		}
	}
	// Read until the inhibitor has seen the causes (their consequences are muted); the
	// same reading must show the other host's and the other Redis's alerts paging.
	var states map[string]string
	deadline := time.Now().Add(20 * time.Second)
	for {
		states = query(t, amtool, addr)
		done := true
		for _, f := range muted {
			done = done && states[key(f.labels(t))] == "suppressed"
		}
		if done || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	for _, f := range muted {
		if got := states[key(f.labels(t))]; got != "suppressed" {
			t.Errorf("%s is %q, want suppressed by its cause", f, got)
		}
	}
	for _, f := range paging {
		if got := states[key(f.labels(t))]; got != "active" {
			t.Errorf("%s is %q, want active: another host's or Redis's cause must not mute it", f, got)
		}
	}
}

// query is every alert's state ("active", "suppressed") by its label set, from amtool.
func query(t *testing.T, amtool, addr string) map[string]string {
	t.Helper()
	out, err := tooltest.Run("", amtool, "--alertmanager.url=http://"+addr, "alert", "query", "--active",
		"--inhibited", "--silenced", "-o", "json")
	if err != nil {
		t.Fatalf("amtool alert query: %v\n%s", err, out)
	}
	var got []struct {
		Labels map[string]string `json:"labels"`
		Status struct {
			State string `json:"state"`
		} `json:"status"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("amtool alert query -o json: %v\n%s", err, out)
	}
	states := map[string]string{}
	for _, a := range got {
		states[key(a.Labels)] = a.Status.State
	}
	return states
}

func key(labels map[string]string) string {
	keys := slices.Sorted(maps.Keys(labels))
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%q,", k, labels[k])
	}
	return b.String()
}
