package alerts

import (
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
	for _, j := range model.ScrapeJobs([]string{allJobsURL}) {
		if _, ok := got["TargetDown"+camel(j.Name)]; !ok {
			t.Errorf("no target-down alert for scrape job %s", j.Name)
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
