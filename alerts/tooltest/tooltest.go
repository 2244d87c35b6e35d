// Package tooltest finds the pinned promtool and amtool binaries for tests and writes
// rendered files to a temporary tree, so render tests can run the upstream checkers.
package tooltest

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// Binary returns the path of a pinned tool: $OPSMON_BIN/<name>, default
// <repo>/.cache/bin/<name>. When it is missing the test is skipped, unless
// OPSMON_REQUIRE_TOOLS=1 (CI, make test), where it fails.
func Binary(t *testing.T, name string) string {
	t.Helper()
	dir := os.Getenv("OPSMON_BIN")
	if dir == "" {
		_, here, _, _ := runtime.Caller(0)
		dir = filepath.Join(filepath.Dir(here), "..", "..", ".cache", "bin")
	}
	path := filepath.Join(dir, name)
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("OPSMON_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s is required (OPSMON_REQUIRE_TOOLS=1) but missing: %v; run make setup", name, err)
		}
		t.Skipf("%s not built yet (%v); run make setup", name, err)
	}
	return path
}

// WriteTree writes repo-relative files under a new temporary directory and returns it.
func WriteTree(t *testing.T, files map[string][]byte) string {
	t.Helper()
	root := t.TempDir()
	for rel, content := range files {
		path := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// Run runs a tool and returns its combined output and error.
func Run(dir, bin string, args ...string) (string, error) {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err
}
