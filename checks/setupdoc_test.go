package checks

import (
	"os"
	"testing"
)

// TestSetupGuideCommandsExist checks every command in the guide's code blocks is a
// Makefile target, or an opsmon subcommand or project script the tests run.
func TestSetupGuideCommandsExist(t *testing.T) {
	rules, err := loadRules("..")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../docs/MONITORING_SETUP.md")
	if err != nil {
		t.Fatal(err)
	}
	lines := codeLines(string(doc))
	if len(lines) < 15 {
		t.Fatalf("the guide has only %d commands", len(lines))
	}
	for _, line := range lines {
		if msg := rules.check(line); msg != "" {
			t.Errorf("%q: %s", line, msg)
		}
	}
}

// TestTheGuideCheckerRefusesWhatNoTestRuns: each wrong kind of command is named.
func TestTheGuideCheckerRefusesWhatNoTestRuns(t *testing.T) {
	rules, err := loadRules("..")
	if err != nil {
		t.Fatal(err)
	}
	for line, want := range map[string]string{
		"make deploy ENV=prod":                       "ENV=prod is not an environment (local, staging, production)",
		"make frobnicate":                            "no Makefile target frobnicate",
		"make diff ENV=staging STACK=production-*":   "STACK=production-* matches no stack of staging",
		"make deploy ENV=staging VERBOSE=1":          "the Makefile takes no variable VERBOSE",
		"go run ./cmd/opsmon frob -env staging":      "opsmon has no subcommand frob",
		"scripts/nonexistent.sh staging":             "no such script",
		"docker logs alertmanager":                   "not a Makefile target, opsmon subcommand, project script, export or git",
		"OPSMON_ALLOW_PRODUCTION_DESTROY=yes make x": "no Makefile target x",
	} {
		if got := rules.check(line); got != want {
			t.Errorf("check(%q) = %q, want %q", line, got, want)
		}
	}
	if got := rules.check("OPSMON_ALLOW_PRODUCTION_DESTROY=yes make destroy ENV=production"); got != "" {
		t.Errorf("an assignment before make is refused: %s", got)
	}
}
