package alerts

import (
	"fmt"
	"strings"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
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

// Commands run where the alert came from: staging and production publish no ports,
// so Prometheus and Alertmanager are reached from inside their containers, with
// what their images carry (promtool, amtool; busybox wget upstream). checks/
// verifies every runbook command against the production render.

// promQuery asks Prometheus through promtool, which every Prometheus image carries,
// logged in with the rendered client config (the password stays in its file).
func promQuery(q string) string {
	return fmt.Sprintf("Query Prometheus: `docker exec prometheus promtool query instant --http.config.file=%s http://localhost:9090 '%s'`",
		model.PrometheusAuth.ClientConfig, q)
}

// promAPI reads one of Prometheus' HTTP API paths from inside its container, the
// password read from its file by the container's shell.
func promAPI(path, jq string) string {
	return fmt.Sprintf(`docker exec prometheus sh -c 'wget -qO- "http://%s:$(cat %s)@localhost:9090%s"' | jq '%s'`,
		model.WebAuthUser, model.PrometheusAuth.PasswordFile(), path, jq)
}

// amtool runs amtool in the Alertmanager container, logged in with its client config.
func amtool(args string) string {
	return fmt.Sprintf("docker exec alertmanager amtool --http.config.file=%s --alertmanager.url=http://localhost:9093 %s",
		model.AlertmanagerAuth.ClientConfig, args)
}

// amMetrics greps Alertmanager's own metrics from inside its container.
func amMetrics(grep string) string {
	return fmt.Sprintf(`docker exec alertmanager sh -c 'wget -qO- "http://%s:$(cat %s)@localhost:9093/metrics"' | grep %s`,
		model.WebAuthUser, model.AlertmanagerAuth.PasswordFile(), grep)
}

func targetHealth(job string) string {
	return "See why the scrape fails: `" + promAPI("/api/v1/targets", `.data.activeTargets[] | select(.labels.job=="`+job+`") | {scrapeUrl, health, lastError}`) + "`"
}

// reload makes a component re-read its configuration: both Prometheus and
// Alertmanager reload on SIGHUP, which needs no port.
func reload(container string) string { return "docker kill -s HUP " + container }

// redeploySecret is how a changed notification secret reaches Alertmanager: the
// files are uploaded at deploy, so an edit inside the container would be lost.
func redeploySecret(name string) string {
	return fmt.Sprintf("set the new value of %s in the secrets file (OPSMON_SECRETS_FILE) and run `make secrets-push ENV=<env>`, which rewrites it in the container's secrets volume and restarts the container", name)
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

// counterEventTests prove an increase()-over-a-counter alert both ways: it fires
// when the counter rises, and neither a counter standing still nor a counter reset
// (what restarter's restart looks like) is an event.
func counterEventTests(s func(values string) Series, out map[string]string, restarter string) []Test {
	return []Test{
		firing("fires when the counter rises", 2*time.Minute, one(fire(out, 1)), s("3 3 4x30")),
		silent("silent while the counter stands still", 0, s("3x30")),
		silent("a counter reset ("+restarter+" restart) is not an event", 2*time.Minute, s("3 3 0x30")),
	}
}

// fixed returns a series constructor for one selector.
func fixed(selector string) func(string) Series {
	return func(values string) Series { return series(selector, values) }
}
