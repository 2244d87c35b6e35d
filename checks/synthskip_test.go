package checks

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// TestSynthIsSkippedOnlyWhenItsInputsAreUnchanged: make plan's synth (synth_env in
// scripts/lib.sh) is skipped when nothing the JSON is made of changed, and runs
// again when an environment file changes or another writer touched the JSON.
func TestSynthIsSkippedOnlyWhenItsInputsAreUnchanged(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the CDKTF app")
	}
	dir := envtest.DirWith(t, filepath.Join("..", "environments"), "local", func(s string) string { return s })
	json := filepath.Join("..", "cdktf.out/stacks/local-host/cdk.tf.json")
	synth := func() time.Time {
		t.Helper()
		cmd := exec.Command("bash", "-c", `source scripts/lib.sh && STACKS=local-host synth_env local`)
		cmd.Dir = ".."
		cmd.Env = append(os.Environ(), "OPSMON_ENV_DIR="+dir)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("synth_env: %v\n%s", err, out)
		}
		st, err := os.Stat(json)
		if err != nil {
			t.Fatal(err)
		}
		return st.ModTime()
	}
	first := synth()
	if again := synth(); !again.Equal(first) {
		t.Errorf("synth ran again with nothing changed")
	}
	path := filepath.Join(dir, "local.yaml")
	text, _ := os.ReadFile(path)
	if err := os.WriteFile(path, []byte(strings.Replace(string(text), "#ops-center-alerts-local", "#ops-center-alerts-local-2", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if changed := synth(); changed.Equal(first) {
		t.Errorf("an environment file changed, and synth was skipped")
	}
	later := time.Now().Add(time.Second)
	if err := os.Chtimes(json, later, later); err != nil {
		t.Fatal(err)
	}
	if again := synth(); again.Equal(later) {
		t.Errorf("the JSON was written after the last synth, and synth was skipped")
	}
}
