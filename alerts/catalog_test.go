package alerts

import (
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

func TestCatalogIsValid(t *testing.T) {
	if err := Validate(Catalog(), RecordingRules()); err != nil {
		t.Fatal(err)
	}
}

// The request's alerts, with their severities, must all be there.
func TestCatalogHoldsTheRequestedAlerts(t *testing.T) {
	want := map[string]Severity{
		"OpsCenterDown": SeverityCritical, "DatabaseDown": SeverityCritical,
		"DiskSpaceOver90Percent": SeverityCritical, "MemoryOver90Percent": SeverityCritical,
		"RedisDown": SeverityCritical, "KeycloakDown": SeverityCritical,
		"HighErrorRate": SeverityHigh, "HighAPILatency": SeverityHigh, "HighAuthFailureRate": SeverityHigh,
		"DiskSpaceOver80Percent": SeverityHigh, "CPUOver80Percent": SeverityHigh,
		"ModerateDiskUsage": SeverityMedium, "ModerateMemoryUsage": SeverityMedium,
		"HighCacheMissRate": SeverityMedium, "SlowDatabaseQueries": SeverityMedium,
		"Watchdog": SeverityNone,
	}
	got := map[string]Severity{}
	for _, a := range All(Catalog()) {
		got[a.Name] = a.Severity
	}
	for name, sev := range want {
		if got[name] != sev {
			t.Errorf("%s: severity %q, want %q", name, got[name], sev)
		}
	}
}

// One failure, one alert: every scrape job's targets being down is alerted on by
// exactly one alert, a service alert or the job's target-down alert.
func TestEveryJobDownIsOneAlert(t *testing.T) {
	readers := map[string][]string{}
	for _, a := range All(Catalog()) {
		for _, job := range jobsOfMetric(a.Expr, "up") {
			readers[job] = append(readers[job], a.Name)
		}
	}
	for _, j := range model.ScrapeJobs([]string{allJobsURL}) {
		if len(readers[j.Name]) != 1 {
			t.Errorf("scrape job %s: alerted on by %v, want exactly one alert", j.Name, readers[j.Name])
		}
	}
	for job, want := range map[string]string{"ops-center": "OpsCenterDown", "postgresql": "DatabaseDown", "redis": "RedisDown", "keycloak": "TargetDownKeycloak"} {
		if got := readers[job]; len(got) != 1 || got[0] != want {
			t.Errorf("scrape job %s: alerted on by %v, want %s", job, got, want)
		}
	}
}

// No two alerts may say the same thing: identical expressions (once parsed and
// printed, so spacing does not hide a twin) are one alert too many.
func TestNoTwoAlertsShareAnExpression(t *testing.T) {
	seen := map[string]string{}
	for _, a := range All(Catalog()) {
		e, err := promql.ParseExpr(a.Expr)
		if err != nil {
			t.Fatalf("%s: %v", a.Name, err)
		}
		key := e.String()
		if other, dup := seen[key]; dup {
			t.Errorf("%s and %s share the expression %s", other, a.Name, key)
		}
		seen[key] = a.Name
	}
}

// HighCacheMissRate reads only the Redis instances the model calls caches: Lago's
// Sidekiq queue misses all day by design.
func TestCacheMissAlertSkipsQueues(t *testing.T) {
	caches := model.WithRole(model.ServiceRedis, model.RoleCache)
	queues := model.WithRole(model.ServiceRedis, model.RoleQueue)
	if len(caches) == 0 || len(queues) == 0 {
		t.Fatalf("model has caches %v and queues %v; want both", caches, queues)
	}
	for _, a := range All(Catalog()) {
		if a.Name != "HighCacheMissRate" {
			continue
		}
		for _, q := range queues {
			if strings.Contains(a.Expr, q) {
				t.Errorf("HighCacheMissRate selects queue %s: %s", q, a.Expr)
			}
		}
		for _, c := range caches {
			if !strings.Contains(a.Expr, c) {
				t.Errorf("HighCacheMissRate does not select cache %s: %s", c, a.Expr)
			}
		}
	}
}

func TestForEnvironmentDropsAlertsOverMissingJobs(t *testing.T) {
	local, err := model.LoadEnvironment("../environments", "local")
	if err != nil {
		t.Fatal(err)
	}
	prod, err := model.LoadEnvironment("../environments", "production")
	if err != nil {
		t.Fatal(err)
	}
	names := func(env model.Environment) map[string]bool {
		out := map[string]bool{}
		for _, a := range All(ForEnvironment(Catalog(), env)) {
			out[a.Name] = true
		}
		return out
	}
	l, p := names(local), names(prod)
	for _, n := range []string{"KeycloakDown", "TargetDownKeycloak", "ContainerRestartLoop", "TLSCertificateExpiringSoon"} {
		if l[n] {
			t.Errorf("local has %s although it does not scrape its job", n)
		}
		if !p[n] {
			t.Errorf("production lacks %s", n)
		}
	}
	for _, n := range []string{"OpsCenterDown", "RedisDown", "DatabaseDown", "HighErrorRate", "Watchdog"} {
		if !l[n] {
			t.Errorf("local lacks %s", n)
		}
	}
}

// The alerts that stay silent until the backend calls record_* or wires
// instrument_sqlalchemy are named, with the call each needs: a new alert over such
// a metric must be added here, and to the call-site table through the model.
func TestAlertsThatNeedBackendCalls(t *testing.T) {
	want := map[string]string{
		"HighAuthFailureRate": "metrics.record_login(success, reason, user)",
		"SlowDatabaseQueries": "instrument_sqlalchemy(engine)",
	}
	got := NeedsBackendCalls(Catalog(), RecordingRules())
	for _, d := range got {
		if len(d.Calls) != 1 || want[d.Alert] != d.Calls[0] {
			t.Errorf("%s needs %v, want %q", d.Alert, d.Calls, want[d.Alert])
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d alerts need backend calls (%v), want %d", len(got), got, len(want))
	}
}
