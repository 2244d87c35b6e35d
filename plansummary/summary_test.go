package plansummary

import (
	"os"
	"strings"
	"testing"
)

func TestSummaryCountsAndFlagsDataLoudly(t *testing.T) {
	data, err := os.ReadFile("testdata/upgrade.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	out := s.String()
	for _, want := range []string{
		"Plan: 1 to add, 1 to change, 2 to replace, 1 to destroy.",
		`!!! DATA: REPLACE docker_container "prometheus" (docker_container.monitoring_prometheus_1)`,
		"  replace  docker_image       prom/prometheus:v3.16.0",
		"  delete   docker_container   redis-exporter",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "node-exporter") {
		t.Errorf("a no-op resource is listed:\n%s", out)
	}
	if strings.Count(out, "!!! DATA") != 1 {
		t.Errorf("only the stateful prometheus container touches data:\n%s", out)
	}
}

func TestNotAPlanIsAClearError(t *testing.T) {
	_, err := Parse([]byte("Plan: 1 to add"))
	if err == nil || !strings.HasPrefix(err.Error(), "not a tofu show -json plan:") {
		t.Fatalf("err = %v", err)
	}
}
