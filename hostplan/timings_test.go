package hostplan

import (
	"slices"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// The timing profile sets how soon a deploy sees a container healthy and a fresh
// Prometheus its targets: quick on the bench (fast), Docker's and Prometheus's
// usual pace elsewhere (production), where the Prometheus command keeps its default.
// e2e TestLocalStack switches local to production and wants the next plan empty.
func TestStartupPaceIsTheProfiles(t *testing.T) {
	cases := []struct {
		env, interval, label, reloadFlag string
	}{
		{"local", "3s", "3s", "--scrape.discovery-reload-interval=1s"},
		{"production", "10s", "", ""},
	}
	for _, c := range cases {
		p, err := Build(loadEnv(t, c.env), files)
		if err != nil {
			t.Fatal(err)
		}
		for _, ct := range p.Containers {
			if len(ct.Healthcheck) > 0 && ct.HealthInterval != c.interval {
				t.Errorf("%s: %s checks its health every %q, want %q", c.env, ct.Name, ct.HealthInterval, c.interval)
			}
			// A label that changes with the interval, so that a new one replaces the
			// container; none at production's, whose containers predate it.
			if got := ct.Labels[model.HealthIntervalLabel]; len(ct.Healthcheck) > 0 && got != c.label {
				t.Errorf("%s: %s has label %s=%q, want %q", c.env, ct.Name, model.HealthIntervalLabel, got, c.label)
			}
		}
		cmd := containerOf(t, p, "prometheus").Command
		got := ""
		if i := slices.IndexFunc(cmd, func(a string) bool { return strings.HasPrefix(a, "--scrape.discovery-reload-interval") }); i >= 0 {
			got = cmd[i]
		}
		if got != c.reloadFlag {
			t.Errorf("%s: prometheus's discovery reload flag %q, want %q", c.env, got, c.reloadFlag)
		}
	}
}
