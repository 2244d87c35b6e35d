package rules

import (
	"sort"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/alerts/tooltest"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

func load(t *testing.T, name string) model.Environment {
	t.Helper()
	env, err := model.LoadEnvironment("../../environments", name)
	if err != nil {
		t.Fatal(err)
	}
	return env
}

func testFiles(files map[string][]byte) []string {
	var out []string
	for p := range files {
		if strings.HasPrefix(p, TestsDir+"/") {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// Both environments' rules pass promtool's checks and every alert's unit tests pass.
func TestRenderedRulesPassPromtool(t *testing.T) {
	promtool := tooltest.Binary(t, "promtool")
	for _, name := range []string{"production", "local", "local with Thanos"} {
		t.Run(name, func(t *testing.T) {
			env := load(t, strings.TrimSuffix(name, " with Thanos"))
			if strings.HasSuffix(name, " with Thanos") {
				env = envtest.LocalWithThanos(t, "../../environments")
			}
			files, err := Files(env)
			if err != nil {
				t.Fatal(err)
			}
			root := tooltest.WriteTree(t, files)
			if out, err := tooltest.Run(root, promtool, "check", "rules", AlertRulesPath, RecordingRulesPath); err != nil {
				t.Fatalf("promtool check rules: %v\n%s", err, out)
			}
			tests := testFiles(files)
			out, err := tooltest.Run(root, promtool, append([]string{"test", "rules"}, tests...)...)
			if err != nil {
				t.Fatalf("promtool test rules: %v\n%s", err, out)
			}
			if n := strings.Count(out, "  SUCCESS"); n != len(tests) {
				t.Fatalf("%d of %d test files passed:\n%s", n, len(tests), out)
			}
			t.Logf("%s: %d alerts, %d promtool test groups pass", name, len(tests), countGroups(files))
			thanos := 0
			for _, p := range tests {
				if strings.Contains(p, "/Thanos") {
					thanos++
				}
			}
			if want := map[bool]int{true: 3, false: 0}[env.HA.Thanos != nil]; thanos != want {
				t.Errorf("%s deploys %d Thanos alerts, want %d", name, thanos, want)
			}
		})
	}
}

func countGroups(files map[string][]byte) int {
	n := 0
	for _, p := range testFiles(files) {
		n += strings.Count(string(files[p]), "\n  - name: ")
	}
	return n
}

// A rendered test must be able to fail: raise HighErrorRate's threshold above the
// test's 10% errors and promtool must report the missing alert.
func TestUnitTestsCatchABrokenAlert(t *testing.T) {
	promtool := tooltest.Binary(t, "promtool")
	groups := alerts.Catalog()
	for gi := range groups {
		for ai := range groups[gi].Alerts {
			if groups[gi].Alerts[ai].Name == "HighErrorRate" {
				groups[gi].Alerts[ai].Expr = alerts.RecAPIErrorRatio5m + " > 0.2"
			}
		}
	}
	files, err := Render(load(t, "production"), groups, alerts.RecordingRules())
	if err != nil {
		t.Fatal(err)
	}
	root := tooltest.WriteTree(t, files)
	out, err := tooltest.Run(root, promtool, "test", "rules", TestPath("HighErrorRate"))
	if err == nil || !strings.Contains(out, "alertname: HighErrorRate") {
		t.Fatalf("promtool accepted a broken HighErrorRate: %v\n%s", err, out)
	}
}

func TestRenderRefusesAnInvalidCatalog(t *testing.T) {
	groups := alerts.Catalog()
	groups[0].Alerts[0].Expr = "up{job=" // unterminated
	_, err := Render(load(t, "production"), groups, alerts.RecordingRules())
	want := "alert catalog: group availability, alert OpsCenterDown: expr is not valid PromQL"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("got %v, want an error containing %q", err, want)
	}
}

func TestLocalRulesUseFastTimings(t *testing.T) {
	files, err := Files(load(t, "local"))
	if err != nil {
		t.Fatal(err)
	}
	rules := string(files[AlertRulesPath])
	// OpsCenterDown: 2m in the catalog, divided by 10 in the fast profile.
	if !strings.Contains(rules, "alert: OpsCenterDown\n") || !strings.Contains(rules, "for: 12s") {
		t.Fatalf("local OpsCenterDown does not use the fast profile:\n%s", rules)
	}
	if strings.Contains(rules, "KeycloakDown") {
		t.Fatal("local rules hold KeycloakDown although no keycloak job is scraped")
	}
}

// The coverage alerts' silent tests guard what must never alert: each mutation
// drops one guard, and promtool must then report the alert in its no-fire test.
func TestSilentTestsCatchDroppedGuards(t *testing.T) {
	promtool := tooltest.Binary(t, "promtool")
	mutations := map[string]func(string) string{
		// maxmemory 0 divides by zero: +Inf would alert.
		"RedisMemoryNearMax": func(e string) string {
			return strings.Replace(e, `(redis_memory_max_bytes{job="redis"} > 0)`, `redis_memory_max_bytes{job="redis"}`, 1)
		},
		// delta() reads a counter reset (an exporter restart) as a change.
		"HostOOMKill": func(string) string { return `delta(node_vmstat_oom_kill{job="node"}[10m]) != 0` },
		// Without the success guard a failing probe is also "slow".
		"KeycloakProbeSlow": func(e string) string { return e[:strings.Index(e, " and on(job, instance)")] },
		// Drops after failed sends are the send-error alert's, not a full queue.
		"PrometheusNotificationQueueOverflow": func(e string) string { return e[:strings.Index(e, " unless on")] },
		// A count above 0 is an event only in a process younger than an hour.
		"PrometheusTSDBWALCorrupted": func(e string) string { return e[:strings.Index(e, " and on (job, instance)")] + ")" },
		// A Query that is down has lost no store.
		"ThanosQueryStoreEndpointsLost": func(e string) string { return e[:strings.Index(e, " and on (job, instance)")] },
	}
	groups := alerts.Catalog()
	for gi := range groups {
		for ai := range groups[gi].Alerts {
			a := &groups[gi].Alerts[ai]
			if m, ok := mutations[a.Name]; ok {
				a.Expr = m(a.Expr)
			}
		}
	}
	// The Thanos alerts deploy only where Thanos runs; the others all in production.
	roots := map[bool]string{}
	for thanos, env := range map[bool]model.Environment{false: load(t, "production"), true: envtest.LocalWithThanos(t, "../../environments")} {
		files, err := Render(env, groups, alerts.RecordingRules())
		if err != nil {
			t.Fatal(err)
		}
		roots[thanos] = tooltest.WriteTree(t, files)
	}
	for name := range mutations {
		out, err := tooltest.Run(roots[strings.HasPrefix(name, "Thanos")], promtool, "test", "rules", TestPath(name))
		if err == nil || !strings.Contains(out, "alertname: "+name) {
			t.Errorf("promtool accepted %s without its guard: %v\n%s", name, err, out)
		}
	}
}
