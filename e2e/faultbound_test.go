//go:build e2e

package e2e

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// The bound a fault's first notification must meet, from the timings:
//
//   - scrape + 2 x evaluation + `for` + group_wait (model.Timings.DeliveryBound):
//     the exporter's next scrape shows the fault, an evaluation sees it and starts
//     `for`, one more evaluation fires it, Alertmanager waits group_wait.
//   - group_interval instead of group_wait when Alertmanager already held a group
//     for the alert (it then notifies at the group's next tick).
//   - for alerts on a recording rule, one more evaluation: the alert reads the
//     recorded series, which is refreshed once per evaluation of its own group.
//   - for alerts on a rate over a window W, the time the window needs to cross the
//     threshold at the intensity the fault produced (fill, below). An up/down fault
//     is visible at the next scrape, so it has none.
type bound struct {
	total time.Duration
	parts []string
}

func (b *bound) add(what string, d time.Duration) {
	b.total += d
	b.parts = append(b.parts, fmt.Sprintf("%s %s", what, d.Round(time.Second)))
}

func (b bound) String() string { return strings.Join(b.parts, " + ") }

func deliveryBound(t model.Timings, a alerts.Alert, groupExisted bool, sig *rateSignal, fill time.Duration) bound {
	b := bound{total: t.DeliveryBound(a.For), parts: []string{fmt.Sprintf("scrape %s + 2 x evaluation %s + for %s + group_wait %s",
		t.ScrapeInterval, 2*t.EvaluationInterval, t.For(a.For), t.GroupWait)}}
	if groupExisted {
		b.add("(group_interval - group_wait, the group existed)", t.GroupInterval-t.GroupWait)
	}
	if sig != nil {
		b.add("recording evaluation", t.EvaluationInterval)
		b.add("window fill", fill)
	}
	return b
}

// rateSignal models how a rate-based alert crosses its threshold: either a ratio of
// bad to all requests over the window (errors, slow requests), or a count of bad
// events per second over the window (failed logins).
type rateSignal struct {
	expr      string        // the catalog expression this model describes
	record    string        // the recording rule it reads
	window    time.Duration // the recording rule's rate window
	threshold float64       // a share of requests, or events per second
	// bad and all return PromQL counting events in a range selector such as
	// "[60s] @ 1764200000"; all is empty for a count signal.
	bad, all func(rng string) string
}

// guard5m is the minimum-traffic guard the ratio alerts end with. The demo's steady
// load (5 requests a second) meets it long before any fault, so it adds nothing to
// the bound; a changed floor or window changes the expression and stops the model.
func guard5m(ratePrefix string) string {
	return fmt.Sprintf(" and on(job) %s5m * 300 >= %d", ratePrefix, alerts.MinRequests)
}

var rateSignals = map[string]*rateSignal{
	"HighErrorRate": {
		expr: alerts.RecAPIErrorRatio5m + " > 0.05" + guard5m(alerts.RecAPIRequestsRatePrefix), record: alerts.RecAPIErrorRatio5m, window: 5 * time.Minute, threshold: 0.05,
		bad: func(r string) string {
			return `sum(increase(ops_center_api_requests_total{job="ops-center",status_code=~"5.."}` + r + `))`
		},
		all: func(r string) string {
			return `sum(increase(ops_center_api_requests_total{job="ops-center"}` + r + `))`
		},
	},
	// p95 is over 1s exactly when more than 5% of requests took over 1s.
	"HighAPILatency": {
		expr: alerts.RecAPILatencyP95 + " > 1" + guard5m(alerts.RecAPITimedRatePrefix), record: alerts.RecAPILatencyP95, window: 5 * time.Minute, threshold: 0.05,
		bad: func(r string) string {
			return `sum(increase(ops_center_api_request_duration_seconds_count{job="ops-center"}` + r + `)) - ` +
				`sum(increase(ops_center_api_request_duration_seconds_bucket{job="ops-center",le=~"1|1.0"}` + r + `))`
		},
		all: func(r string) string {
			return `sum(increase(ops_center_api_request_duration_seconds_count{job="ops-center"}` + r + `))`
		},
	},
	// More than 10 failures a minute, averaged over the window.
	"HighAuthFailureRate": {
		expr: alerts.RecAuthFailuresPerMinute + " > 10", record: alerts.RecAuthFailuresPerMinute, window: 5 * time.Minute, threshold: 10.0 / 60,
		bad: func(r string) string {
			return `sum(increase(ops_center_keycloak_logins_total{job="ops-center",result="failure"}` + r + `))`
		},
	},
}

// checkModel fails when the catalog no longer matches the model: a changed
// threshold or window must change the bound too.
func (s *rateSignal) checkModel(a alerts.Alert) error {
	if a.Expr != s.expr {
		return fmt.Errorf("%s: expr is %q, the fill model is for %q; update rateSignals", a.Name, a.Expr, s.expr)
	}
	win := "[" + strings.TrimSuffix(s.window.String(), "0s") + "]"
	for _, r := range alerts.RecordingRules() {
		if r.Record == s.record {
			if !strings.Contains(r.Expr, win) {
				return fmt.Errorf("recording rule %s no longer rates over %s; update rateSignals", r.Record, win)
			}
			return nil
		}
	}
	return fmt.Errorf("recording rule %s is gone; update rateSignals", s.record)
}

// fill is how long the window needs to cross the threshold, from what Prometheus
// recorded: N0 requests in the window when the fault began, then R requests/s of
// which E bad ones/s (from `from` to `to`). The bad share after t seconds is at
// least E*t / (N0 + R*t) (healthy requests leaving the window, or bad ones already
// in it, only raise it), which passes θ by
//
//	t = θ*N0 / (E - θ*R)
//
// A count signal holds at least E*t bad events after t seconds, so it passes θ
// events/s over the window W by θ*W/E. Both are upper bounds.
func (s *rateSignal) fill(from, to time.Time) (time.Duration, string, error) {
	span := to.Sub(from).Round(time.Second)
	during := fmt.Sprintf("[%ds] @ %d", int(span.Seconds()), to.Unix())
	e, err := scalar(s.bad(during))
	if err != nil {
		return 0, "", err
	}
	E := e / span.Seconds()
	if s.all == nil {
		if E <= s.threshold {
			return 0, "", fmt.Errorf("%.2f bad events/s cannot pass %.2f/s", E, s.threshold)
		}
		return seconds(s.threshold * s.window.Seconds() / E), fmt.Sprintf("%.2f bad/s", E), nil
	}
	n, err := scalar(s.all(during))
	if err != nil {
		return 0, "", err
	}
	n0, err := scalar(s.all(fmt.Sprintf("[%ds] @ %d", int(s.window.Seconds()), from.Unix())))
	if err != nil {
		return 0, "", err
	}
	R := n / span.Seconds()
	den := E - s.threshold*R
	if den <= 0 {
		return 0, "", fmt.Errorf("%.2f bad of %.2f requests/s cannot pass %.0f%%", E, R, 100*s.threshold)
	}
	return seconds(s.threshold * n0 / den), fmt.Sprintf("%.0f requests in the window, then %.2f of %.2f req/s bad", n0, E, R), nil
}

func seconds(f float64) time.Duration { return time.Duration(f * float64(time.Second)) }

// scalar runs an instant query that must return one number.
func scalar(expr string) (float64, error) {
	res, err := query(expr)
	if err != nil {
		return 0, err
	}
	if len(res) != 1 {
		return 0, fmt.Errorf("%s: %d results, want 1", expr, len(res))
	}
	s, ok := res[0].Value[1].(string)
	if !ok {
		return 0, fmt.Errorf("%s: value %v", expr, res[0].Value)
	}
	return strconv.ParseFloat(s, 64)
}
