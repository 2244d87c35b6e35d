package stacks

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// appStacks declares every environment in one app, as `cdktf synth` does, and
// returns the stack names in declaration order.
func appStacks(t *testing.T) []string {
	t.Helper()
	app := cdktf.Testing_App(nil)
	for _, name := range model.EnvironmentNames {
		if err := AddEnvironment(app, loadEnv(t, name)); err != nil {
			t.Fatal(err)
		}
	}
	var names []string
	for _, c := range *app.Node().Children() {
		if *cdktf.TerraformStack_IsStack(c) {
			names = append(names, *c.(cdktf.TerraformStack).Node().Id())
		}
	}
	return names
}

func TestEveryEnvironmentHasAHostAndAGrafanaStack(t *testing.T) {
	got := appStacks(t)
	want := []string{"local-host", "local-grafana", "staging-host", "staging-grafana", "production-host", "production-grafana"}
	if !slices.Equal(got, want) {
		t.Fatalf("stacks = %v, want %v", got, want)
	}
}

// TestCdktfSelectsStacksAsTheirNamesSay runs cdktf-cli's own stack selection on
// the app's stacks: deploy and destroy take names and patterns; diff takes one
// exact name, which is why `make diff` runs one diff per stack.
func TestCdktfSelectsStacksAsTheirNamesSay(t *testing.T) {
	node := requireTool(t, "node")
	cli, _ := filepath.Abs("../tools/cdktf-cli")
	if _, err := os.Stat(filepath.Join(cli, "node_modules/@cdktf/cli-core")); err != nil {
		if os.Getenv("OPSMON_REQUIRE_TOOLS") == "1" {
			t.Fatalf("cdktf-cli not installed: %v; run make setup", err)
		}
		t.Skip("cdktf-cli not installed; run make setup")
	}
	names, _ := json.Marshal(appStacks(t))
	script := `
const h = require("@cdktf/cli-core/src/lib/helpers/stack-helpers");
const stacks = JSON.parse(process.argv[1]).map((name) => ({ name }));
const pick = (p) => h.getMultipleStacks(stacks, p, "deploy").map((s) => s.name).join(" ");
console.log("deploy production-host production-grafana: " + pick(["production-host", "production-grafana"]));
console.log("destroy staging-*: " + pick(["staging-*"]));
try { h.getSingleStack(stacks, "staging-*", "diff"); console.log("diff staging-*: selected") }
catch (e) { console.log("diff staging-*: " + e.message) }`
	cmd := exec.Command(node, "-e", script, string(names))
	cmd.Dir = cli
	cmd.Env = append(os.Environ(), "CHECKPOINT_DISABLE=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	for _, want := range []string{
		"deploy production-host production-grafana: production-host production-grafana\n",
		"destroy staging-*: staging-host staging-grafana\n",
		"diff staging-*: Usage Error: Could not find stack: staging-*\n",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("cdktf selection lacks %q:\n%s", want, out)
		}
	}
}
