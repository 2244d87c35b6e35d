package main

import (
	"strings"
	"testing"
)

func series(labels ...map[string]string) []sample {
	out := make([]sample, len(labels))
	for i, l := range labels {
		out[i] = sample{Metric: l}
	}
	return out
}

func TestSameSeriesIgnoresOrder(t *testing.T) {
	a := series(map[string]string{"instance": "host-1", "device": "eth0"}, map[string]string{"instance": "host-0"})
	b := series(map[string]string{"instance": "host-0"}, map[string]string{"device": "eth0", "instance": "host-1"})
	if err := sameSeries(a, b); err != nil {
		t.Error(err)
	}
	if err := sameSeries(nil, nil); err != nil {
		t.Errorf("two empty answers: %v", err)
	}
}

func TestSameSeriesNamesTheDifference(t *testing.T) {
	direct := series(map[string]string{"instance": "host-0"}, map[string]string{"instance": "host-1"})
	for name, c := range map[string]struct {
		via  []sample
		want string
	}{
		"one missing": {series(map[string]string{"instance": "host-0"}), `2 series direct, 1 via Thanos Query; {instance="host-1"} only direct`},
		"an extra label": {series(map[string]string{"instance": "host-0"}, map[string]string{"instance": "host-1", "replica": "bench-0"}),
			`2 series direct, 2 via Thanos Query; {instance="host-1"} only direct`},
		"an extra series": {series(map[string]string{"instance": "host-0"}, map[string]string{"instance": "host-1"}, map[string]string{"instance": "host-2"}),
			`{instance="host-2"} only via Thanos Query`},
		"a duplicate": {series(map[string]string{"instance": "host-0"}, map[string]string{"instance": "host-1"}, map[string]string{"instance": "host-1"}),
			"2 series direct, 3 via Thanos Query"},
	} {
		err := sameSeries(direct, c.via)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want it to say %q", name, err, c.want)
		}
	}
}

// Each replica carries its own value of the external label the sidecar requires,
// whose name is the replica label Thanos Query deduplicates on.
func TestConfigHasReplicaExternalLabel(t *testing.T) {
	for _, name := range []string{"bench-0", "bench-1"} {
		if c := config(name, 2, "127.0.0.1:1", "9090", nil); !strings.Contains(c, "external_labels: {replica: "+name+"}") {
			t.Errorf("no replica external label %s:\n%s", name, c)
		}
	}
}
