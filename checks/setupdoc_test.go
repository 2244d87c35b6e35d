package checks

import (
	"os"
	"strings"
	"testing"
)

// opsmonCommands are the subcommands cmd/opsmon provides.
var opsmonCommands = []string{"render", "secrets", "targets", "absent", "plan-summary"}

// TestSetupGuideCommandsExist checks every command in the guide's code blocks is a
// Makefile target, an opsmon subcommand, a script the tests run, or export/git.
func TestSetupGuideCommandsExist(t *testing.T) {
	targets, err := makeTargets("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../docs/MONITORING_SETUP.md")
	if err != nil {
		t.Fatal(err)
	}
	lines := codeLines(string(doc))
	if len(lines) < 10 {
		t.Fatalf("the guide has only %d commands", len(lines))
	}
	for _, line := range lines {
		if msg := checkCommand(line, targets); msg != "" {
			t.Errorf("%q: %s", line, msg)
		}
	}
}

func checkCommand(line string, targets map[string]bool) string {
	switch {
	case strings.HasPrefix(line, "make "):
		for _, c := range makeCalls(line) {
			if !targets[c] {
				return "no Makefile target " + c
			}
		}
		return ""
	case strings.HasPrefix(line, "export "), strings.HasPrefix(line, "git "):
		return ""
	case strings.HasPrefix(line, "go run ./cmd/opsmon "):
		sub := strings.Fields(line)[3]
		for _, c := range opsmonCommands {
			if c == sub {
				return ""
			}
		}
		return "opsmon has no subcommand " + sub
	case strings.HasPrefix(line, "monitoring/"), strings.HasPrefix(line, "scripts/"):
		if _, err := os.Stat("../" + strings.Fields(line)[0]); err != nil {
			return "no such script"
		}
		return ""
	}
	return "not a Makefile target, opsmon subcommand or project script"
}
