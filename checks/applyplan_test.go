package checks

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func git(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", args...).Output()
	if err != nil {
		t.Fatalf("git %v: %v", args, err)
	}
	return strings.TrimSpace(string(out))
}

// TestApplyPlanAppliesOnlyWhatWasReviewed: the deploy applies saved plans only
// when they were made for this environment from this very tree by this run, and
// still hash to the digest reported when they were made; anything else is refused
// before tofu runs (each refusal's message: planbundle's tests; tofu's own refusal
// of a stale plan and of a tampered folder on the SSH bench: e2e TestRemoteHost).
func TestApplyPlanAppliesOnlyWhatWasReviewed(t *testing.T) {
	fixture := func(name string) string {
		p, _ := filepath.Abs(filepath.Join("testdata/apply-plan", name))
		return p
	}
	head, tree := git(t, "rev-parse", "HEAD"), git(t, "rev-parse", "HEAD^{tree}")
	empty := t.TempDir()
	for f, v := range map[string]string{"env": "production", "commit": head, "tree": tree, "run": "local"} {
		if err := os.WriteFile(filepath.Join(empty, f), []byte(v+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("scripts/opsmon.sh", "plan-digest", empty)
	cmd.Dir = ".."
	d, err := cmd.Output()
	if err != nil {
		t.Fatalf("opsmon plan-digest: %v", err)
	}
	digest := strings.TrimSpace(string(d))
	otherRun := []string{"GITHUB_RUN_ID=4242"}
	for _, c := range []struct {
		plans string
		extra []string
		want  string
	}{
		{fixture("no-metadata"), nil, "error: " + fixture("no-metadata") + "/env is missing: PLANS must be a folder written by OPSMON_PLAN_OUT=DIR make plan ENV=production"},
		{fixture("other-env"), nil, "error: the plans in " + fixture("other-env") + " are for environment staging, not production; nothing was applied"},
		{fixture("other-tree"), nil, "error: the plans in " + fixture("other-tree") + " were made from commit 1111111111111111111111111111111111111111 (tree 2222222222222222222222222222222222222222), but this checkout is " +
			head + " (tree " + tree + "): the code changed after the review. Plan again and review that; nothing was applied."},
		{empty, otherRun, "error: the plans in " + empty + " were made by run local, not by this one (4242): a deploy applies only the plans its own plan job made; nothing was applied"},
		{empty, nil, "error: no digest to check the plans against: set OPSMON_PLAN_DIGEST to the digest make plan printed for them (in CI, the plan job's output); nothing was applied"},
		{empty, []string{"OPSMON_PLAN_DIGEST=sha256:0"}, "error: the plans in " + empty + " hash to " + digest + ", not to sha256:0, the digest reported when they were made: they changed since; nothing was applied"},
		{empty, []string{"OPSMON_PLAN_DIGEST=" + digest}, "error: no saved plan (*.tfplan) in " + empty + "; nothing was applied"},
	} {
		out := refused(t, append([]string{"GITHUB_RUN_ID="}, c.extra...), "scripts/apply-plan.sh", "production", c.plans)
		wantLine(t, out, c.want)
	}
}
