package model

import (
	"os"
	"strings"
	"testing"
)

// Every family the FastAPI exporter defines is fed by exactly one backend call, and
// every family a call names exists: the call-site table can neither miss a metric
// nor name one that is gone.
func TestEveryBackendFamilyHasOneCall(t *testing.T) {
	data, err := os.ReadFile("../integrations/fastapi/metrics_inventory.txt")
	if err != nil {
		t.Fatal(err)
	}
	inventory := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			inventory[line] = true
		}
	}
	fed := map[string]int{}
	for _, c := range BackendCalls() {
		for _, f := range c.Families {
			fed[f]++
			if !inventory[f] {
				t.Errorf("%s feeds %s, which metrics_inventory.txt does not list", c.Call, f)
			}
		}
	}
	for f := range inventory {
		if fed[f] != 1 {
			t.Errorf("%s is fed by %d backend calls, want 1", f, fed[f])
		}
	}
}
