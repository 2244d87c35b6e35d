package checks

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const planWorkflow = "../.github/workflows/plan.yml"

// setupTool is the path of a program setup builds; the test is skipped while it
// is not built, or fails when make test requires the tools.
func setupTool(t *testing.T, name string) string {
	t.Helper()
	bin := os.Getenv("OPSMON_BIN")
	if bin == "" {
		bin, _ = filepath.Abs("../.cache/bin")
	}
	path := filepath.Join(bin, name)
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("OPSMON_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s missing: %v; run make setup", name, err)
		}
		t.Skip(name + " not built; run make setup")
	}
	return path
}

// actionlint runs the actionlint setup builds on a workflow file.
func actionlint(t *testing.T, dir string, files ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(setupTool(t, "actionlint"), append([]string{"-no-color", "-oneline"}, files...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func TestWorkflowsPassActionlint(t *testing.T) {
	if out, err := actionlint(t, "..", ".github/workflows/plan.yml", ".github/workflows/deploy.yml"); err != nil {
		t.Fatalf("actionlint: %v\n%s", err, out)
	}
}

// TestActionlintCatchesABrokenWorkflow: the linter really reads the file; a
// mistyped context in a copy of it is reported by line and column.
func TestActionlintCatchesABrokenWorkflow(t *testing.T) {
	wf, err := os.ReadFile(planWorkflow)
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(wf), "secrets.PLAN_PG_CONN_STR }}", "secret.PLAN_PG_CONN_STR }}", 1)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, ".github/workflows"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".github/workflows/plan.yml"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := actionlint(t, dir, ".github/workflows/plan.yml")
	want := regexp.MustCompile(`plan\.yml:\d+:\d+: undefined variable "secret"\. available variables are .*\[expression\]`)
	if err == nil || !want.MatchString(out) {
		t.Fatalf("actionlint on a broken workflow: err=%v, output lacks %s:\n%s", err, want, out)
	}
}

func TestPlanWorkflowRunsTheMakefileTargetsPeopleRun(t *testing.T) {
	targets, err := makeTargets("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	wf, err := os.ReadFile(planWorkflow)
	if err != nil {
		t.Fatal(err)
	}
	calls := makeCalls(string(wf))
	for _, want := range []string{"setup", "check", "synth", "plan", "diff"} {
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
	// One diff per stack of staging and production: cdktf diff takes one stack.
	for _, want := range []string{`for env in staging production; do`, `for stack in "$env-host" "$env-grafana"; do`,
		`make diff ENV="$env" STACK="$stack"`, `make plan ENV="$env"`} {
		if !strings.Contains(string(wf), want) {
			t.Errorf("the workflow lacks %q", want)
		}
	}
}
