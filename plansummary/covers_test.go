package plansummary

import (
	"os"
	"slices"
	"testing"
)

func parseFile(t *testing.T, path string) Summary {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestAFreshPlanIsCoveredOnlyByWhatWasReviewed: after the peers were replaced one
// at a time, the rest of the reviewed plan applies; a change it did not hold, or
// another action on a resource it held, is refused, naming it.
func TestAFreshPlanIsCoveredOnlyByWhatWasReviewed(t *testing.T) {
	reviewed := parseFile(t, "testdata/upgrade.json")
	rest := Summary{Changes: []Change{
		{Action: "replace", Type: "docker_container", Name: "prometheus", Address: "docker_container.monitoring_prometheus_1"},
		{Action: "update", Type: "docker_container", Name: "blackbox-exporter", Address: "docker_container.monitoring_blackbox-exporter_4"},
	}}
	if err := reviewed.CoverError(rest); err != nil {
		t.Errorf("a part of the reviewed plan is refused: %v", err)
	}
	more := Summary{Changes: append(rest.Changes,
		Change{Action: "delete", Type: "docker_container", Name: "prometheus", Address: "docker_container.monitoring_prometheus_1"},
		Change{Action: "create", Type: "docker_container", Name: "intruder", Address: "docker_container.intruder"})}
	want := "the plan after the rolling replace does what the reviewed plan did not (delete docker_container.monitoring_prometheus_1, create docker_container.intruder); nothing more was applied: plan again and review that"
	if err := reviewed.CoverError(more); err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	if got := reviewed.Replaced(); !slices.Equal(got, []string{"prometheus"}) {
		t.Errorf("Replaced() = %v, want [prometheus]", got)
	}
}
