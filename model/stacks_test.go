package model

import (
	"slices"
	"strings"
	"testing"
)

func TestAppliedStacksSkipGrafanaWhereItDoesNotRun(t *testing.T) {
	prod, err := LoadEnvironment("../environments", "production")
	if err != nil {
		t.Fatal(err)
	}
	applied, skipped, why := prod.AppliedStacks()
	if !slices.Equal(applied, []string{"production-host", "production-grafana"}) || skipped != nil || why != "" {
		t.Errorf("production applies %v, skips %v (%q)", applied, skipped, why)
	}
	staging, err := LoadEnvironment("../environments", "staging")
	if err != nil {
		t.Fatal(err)
	}
	staging.Images = "local" // the stand-in host of the e2e test
	applied, skipped, why = staging.AppliedStacks()
	if !slices.Equal(applied, []string{"staging-host"}) || !slices.Equal(skipped, []string{"staging-grafana"}) {
		t.Errorf("stand-in staging applies %v, skips %v", applied, skipped)
	}
	if want := "Grafana does not run in staging: no Grafana server build"; !strings.HasPrefix(why, want) {
		t.Errorf("why = %q, want prefix %q", why, want)
	}
}

func TestDataVolumesAreNamedPerEnvironment(t *testing.T) {
	prod, err := LoadEnvironment("../environments", "production")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"opsmon-production-prometheus-data", "opsmon-production-prometheus-1-data",
		"opsmon-production-alertmanager-data", "opsmon-production-alertmanager-1-data", "opsmon-production-alertmanager-2-data",
		"opsmon-production-grafana-data"}
	if got := prod.DataVolumes(); !slices.Equal(got, want) {
		t.Errorf("DataVolumes() = %v, want %v", got, want)
	}
}
