package alerts

import (
	"fmt"
	"strings"
	"time"
)

// Helpers that keep the catalog's test cases short and readable.

func series(selector, values string) Series { return Series{Series: selector, Values: values} }

func labels(kv ...string) map[string]string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

func fire(lbls map[string]string, value float64) Firing { return Firing{Labels: lbls, Value: value} }

func firing(name string, onset time.Duration, fires []Firing, in ...Series) Test {
	return Test{Name: name, Onset: onset, Fires: fires, Series: in}
}

func silent(name string, steadyFrom time.Duration, in ...Series) Test {
	return Test{Name: name, Onset: steadyFrom, Series: in}
}

func one(f Firing) []Firing { return []Firing{f} }

// Runbook command fragments, with this stack's container names.

func dockerPS(container string) string {
	return fmt.Sprintf("Check the container: `docker ps -a --filter name=%s`", container)
}

func dockerLogs(container string) string {
	return fmt.Sprintf("Read its logs: `docker logs %s --tail 100`", container)
}

func dockerRestart(container string) string {
	return fmt.Sprintf("Restart it: `docker restart %s`", container)
}

// promQuery is a curl against Prometheus' query API, URL-encoding left to curl.
func promQuery(q string) string {
	return fmt.Sprintf("Query Prometheus: `curl -sG http://127.0.0.1:9090/api/v1/query --data-urlencode 'query=%s' | jq .data.result`", q)
}

func targetHealth(job string) string {
	return fmt.Sprintf("See why the scrape fails: `curl -s http://127.0.0.1:9090/api/v1/targets | jq '.data.activeTargets[] | select(.labels.job==\"%s\") | {scrapeUrl, health, lastError}'`", job)
}

// camel turns a job name like blackbox-http into BlackboxHttp, for alert names.
func camel(s string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// windowFull is when a 5m rate over counters sampled every minute from t=0 has settled:
// until the first sample leaves the window, rate() limits its extrapolation towards
// the counter's zero and reads a little low.
const windowFull = 6 * time.Minute

// steady marks a firing test whose value settles only once rate windows are full.
func steady(t Test) Test {
	t.Steady = windowFull
	return t
}

func itoa(i int) string { return fmt.Sprint(i) }
