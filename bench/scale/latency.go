package main

import (
	"fmt"
	"sort"
	"time"
)

// pct is the p-th percentile of sorted values (nearest rank).
func pct(sorted []float64, p int) float64 {
	i := (len(sorted)*p + 99) / 100
	if i > 0 {
		i--
	}
	return sorted[i]
}

// latencySummary renders query times in ms as "p50 / p99 / max" for the table.
func latencySummary(ms []float64) string {
	if len(ms) == 0 {
		return "–"
	}
	s := append([]float64(nil), ms...)
	sort.Float64s(s)
	return fmt.Sprintf("%.1f / %.1f / %.1f", pct(s, 50), pct(s, 99), s[len(s)-1])
}

// timeQueries runs every query rounds times against each endpoint, one after the
// other, in the given order on even rounds and the reverse on odd ones, so that
// load on the machine falls on all alike; it returns each endpoint's times in ms.
func timeQueries(eps []endpoint, queries []string, rounds int) ([][]float64, error) {
	lat := make([][]float64, len(eps))
	for r := 0; r < rounds; r++ {
		for _, q := range queries {
			for k := range eps {
				i := k
				if r%2 == 1 {
					i = len(eps) - 1 - k
				}
				t0 := time.Now()
				if _, err := eps[i].query(q, nil); err != nil {
					return nil, fmt.Errorf("%s: %w", q, err)
				}
				lat[i] = append(lat[i], float64(time.Since(t0).Microseconds())/1000)
			}
		}
	}
	return lat, nil
}
