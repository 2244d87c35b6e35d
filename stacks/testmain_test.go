package stacks

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/aws/jsii-runtime-go"
)

// TestMain gives the jsii runtime and cdktf's Testing API a throwaway TMPDIR
// (they leave folders behind) and closes the runtime once at the end.
func TestMain(m *testing.M) {
	tmp, err := os.MkdirTemp("", "opsmon-stacks-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("TMPDIR", tmp)
	os.Setenv("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
	code := m.Run()
	jsii.Close()
	os.RemoveAll(tmp)
	os.Exit(code)
}

// requireTool finds a binary of the project's toolchain; without it the test is
// skipped, unless OPSMON_REQUIRE_TOOLS=1 (make test), where a missing tool fails.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	bin := os.Getenv("OPSMON_BIN")
	if bin == "" {
		bin, _ = filepath.Abs("../.cache/bin")
	}
	p := filepath.Join(bin, name)
	if _, err := os.Stat(p); err == nil {
		return p
	}
	if os.Getenv("OPSMON_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%s not found in PATH or %s; run make setup", name, bin)
	}
	t.Skipf("%s not built; run make setup (set OPSMON_REQUIRE_TOOLS=1 to fail instead)", name)
	return ""
}
