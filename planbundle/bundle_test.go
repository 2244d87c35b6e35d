package planbundle

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// want is what the apply's checkout and run are in every case.
var want = Made{Env: "production", Commit: "4444444444444444444444444444444444444444", Tree: "2222222222222222222222222222222222222222", Run: "42"}

var order = []string{"production-host", "production-agents-edge", "production-grafana"}

func digestOf(t *testing.T, dir string) string {
	t.Helper()
	d, err := Digest(dir)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestCheckAppliesTheBundleInTheEnvironmentsOrder: a bundle made for this
// environment, tree and run, with its digest, applies host before Grafana
// whatever the file names' order.
func TestCheckAppliesTheBundleInTheEnvironmentsOrder(t *testing.T) {
	dir := filepath.Join("testdata", "good")
	stacks, err := Check(dir, want, digestOf(t, dir), order)
	if err != nil {
		t.Fatal(err)
	}
	if w := []string{"production-host", "production-grafana"}; !slices.Equal(stacks, w) {
		t.Errorf("stacks %v, want %v", stacks, w)
	}
}

// TestCheckRefuses: one fixture per refusal, each message asserted whole.
func TestCheckRefuses(t *testing.T) {
	for name, msg := range map[string]string{
		"other-env":   "the plans in testdata/other-env are for environment staging, not production; nothing was applied",
		"other-tree":  "the plans in testdata/other-tree were made from commit 1111111111111111111111111111111111111111 (tree 3333333333333333333333333333333333333333), but this checkout is 4444444444444444444444444444444444444444 (tree 2222222222222222222222222222222222222222): the code changed after the review. Plan again and review that; nothing was applied.",
		"other-run":   "the plans in testdata/other-run were made by run 41, not by this one (42): a deploy applies only the plans its own plan job made; nothing was applied",
		"no-run":      "testdata/no-run/run is missing: PLANS must be a folder written by OPSMON_PLAN_OUT=DIR make plan ENV=production",
		"stray-stack": "testdata/stray-stack/staging-host.tfplan names no stack of environment production (production-host, production-agents-edge, production-grafana); nothing was applied",
		"no-plans":    "no saved plan (*.tfplan) in testdata/no-plans; nothing was applied",
	} {
		dir := filepath.Join("testdata", name)
		_, err := Check(dir, want, digestOf(t, dir), order)
		if err == nil || err.Error() != msg {
			t.Errorf("%s:\n got %v\nwant %s", name, err, msg)
		}
	}
}

// TestCheckRefusesABundleChangedAfterItWasMade: a plan file rewritten, a file
// added or one removed after the digest was taken is refused; so is no digest.
func TestCheckRefusesABundleChangedAfterItWasMade(t *testing.T) {
	for name, change := range map[string]func(dir string) error{
		"a plan rewritten": func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "production-host.tfplan"), []byte("a planted plan\n"), 0o600)
		},
		"a plan added": func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "production-agents-edge.tfplan"), []byte("more\n"), 0o600)
		},
		"a plan removed": func(dir string) error { return os.Remove(filepath.Join(dir, "production-grafana.tfplan")) },
	} {
		dir := t.TempDir()
		if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "good"))); err != nil {
			t.Fatal(err)
		}
		made := digestOf(t, dir)
		if err := change(dir); err != nil {
			t.Fatal(err)
		}
		_, err := Check(dir, want, made, order)
		msg := "the plans in " + dir + " hash to " + digestOf(t, dir) + ", not to " + made + ", the digest reported when they were made: they changed since; nothing was applied"
		if err == nil || err.Error() != msg {
			t.Errorf("%s:\n got %v\nwant %s", name, err, msg)
		}
	}
	_, err := Check(filepath.Join("testdata", "good"), want, "", order)
	if msg := "no digest to check the plans against: set OPSMON_PLAN_DIGEST to the digest make plan printed for them (in CI, the plan job's output); nothing was applied"; err == nil || err.Error() != msg {
		t.Errorf("no digest:\n got %v\nwant %s", err, msg)
	}
}

// TestWriteRecordsWhatCheckReads: a bundle written here passes Check as made.
func TestWriteRecordsWhatCheckReads(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, want); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "production-host.tfplan"), []byte("plan"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Check(dir, want, digestOf(t, dir), order); err != nil {
		t.Fatal(err)
	}
}
