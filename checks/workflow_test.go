package checks

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestPlanWorkflowPassesActionlint(t *testing.T) {
	bin := os.Getenv("OPSMON_BIN")
	if bin == "" {
		bin, _ = filepath.Abs("../.cache/bin")
	}
	actionlint := filepath.Join(bin, "actionlint")
	if _, err := os.Stat(actionlint); err != nil {
		if os.Getenv("OPSMON_REQUIRE_TOOLS") == "1" {
			t.Fatalf("actionlint missing: %v; run make setup", err)
		}
		t.Skip("actionlint not built; run make setup")
	}
	cmd := exec.Command(actionlint, "-no-color", ".github/workflows/plan.yml")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("actionlint: %v\n%s", err, out)
	}
}

func TestPlanWorkflowRunsTheMakefileTargetsPeopleRun(t *testing.T) {
	targets, err := makeTargets("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	wf, err := os.ReadFile("../.github/workflows/plan.yml")
	if err != nil {
		t.Fatal(err)
	}
	calls := makeCalls(string(wf))
	for _, want := range []string{"setup", "check", "synth", "diff"} {
		found := false
		for _, c := range calls {
			found = found || c == want
		}
		if !found {
			t.Errorf("the workflow never runs make %s", want)
		}
	}
	for _, c := range calls {
		if !targets[c] {
			t.Errorf("the workflow runs make %s, which the Makefile does not define", c)
		}
	}
}
