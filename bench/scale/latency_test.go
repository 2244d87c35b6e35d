package main

import "testing"

func TestPercentileNearestRank(t *testing.T) {
	s := make([]float64, 200)
	for i := range s {
		s[i] = float64(i + 1)
	}
	for _, c := range []struct {
		p    int
		want float64
	}{{50, 100}, {99, 198}, {100, 200}, {1, 2}, {0, 1}} {
		if got := pct(s, c.p); got != c.want {
			t.Errorf("p%d of 1..200 = %v, want %v", c.p, got, c.want)
		}
	}
	if got := pct([]float64{7}, 99); got != 7 {
		t.Errorf("p99 of one value = %v, want 7", got)
	}
}

// The summary sorts a copy: the caller's times keep their order.
func TestLatencySummary(t *testing.T) {
	ms := []float64{9, 1, 3, 2, 5}
	if got, want := latencySummary(ms), "3.0 / 9.0 / 9.0"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	if ms[0] != 9 || ms[1] != 1 {
		t.Errorf("the input was reordered: %v", ms)
	}
	if got := latencySummary(nil); got != "–" {
		t.Errorf("no times: %q", got)
	}
}
