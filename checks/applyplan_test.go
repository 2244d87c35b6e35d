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
// when they were made for this environment from this very tree; anything else is
// refused before tofu runs (tofu's own refusal of a stale plan is e2e
// TestPlanRoleOnlyReadsState).
func TestApplyPlanAppliesOnlyWhatWasReviewed(t *testing.T) {
	fixture := func(name string) string {
		p, _ := filepath.Abs(filepath.Join("testdata/apply-plan", name))
		return p
	}
	head, tree := git(t, "rev-parse", "HEAD"), git(t, "rev-parse", "HEAD^{tree}")
	empty := t.TempDir()
	for f, v := range map[string]string{"env": "production", "commit": head, "tree": tree} {
		if err := os.WriteFile(filepath.Join(empty, f), []byte(v+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ plans, want string }{
		{fixture("no-metadata"), "error: " + fixture("no-metadata") + "/env is missing: PLANS must be a folder written by OPSMON_PLAN_OUT=DIR make plan ENV=production"},
		{fixture("other-env"), "error: the plans in " + fixture("other-env") + " are for environment staging, not production; nothing was applied"},
		{fixture("other-tree"), "error: the plans in " + fixture("other-tree") + " were made from commit 1111111111111111111111111111111111111111 (tree 2222222222222222222222222222222222222222), but this checkout is " +
			head + " (tree " + tree + "): the code changed after the review. Plan again and review that; nothing was applied."},
		{empty, "error: no saved plan (*.tfplan) in " + empty + "; nothing was applied"},
	} {
		out := refused(t, nil, "scripts/apply-plan.sh", "production", c.plans)
		wantLine(t, out, c.want)
	}
}
