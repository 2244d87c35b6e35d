package stacks

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Both production stacks carry the guard, with prevent_destroy unless the
// variable says yes; no other environment's stacks do.
func TestOnlyProductionStacksCarryTheDestroyGuard(t *testing.T) {
	for _, name := range model.EnvironmentNames {
		env, err := model.LoadEnvironment("../environments", name)
		if err != nil {
			t.Fatal(err)
		}
		_, host, _ := synthHost(t, env)
		for stack, raw := range map[string][]byte{"grafana": synthGrafana(t, env), "host": []byte(host)} {
			var doc synthDoc
			if err := json.Unmarshal(raw, &doc); err != nil {
				t.Fatal(err)
			}
			guard, ok := doc.Resource["terraform_data"][GuardName]
			if ok != (name == "production") {
				t.Errorf("%s-%s: destroy guard declared = %v, want %v", name, stack, ok, name == "production")
				continue
			}
			if ok && !strings.Contains(mustJSON(t, guard["lifecycle"]), `"prevent_destroy":true`) {
				t.Errorf("%s-%s: guard lifecycle %v, want prevent_destroy", name, stack, guard["lifecycle"])
			}
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// guardStack synthesizes a stack holding only production's guard, with its state
// in dir, as the app would with the current OPSMON_ALLOW_PRODUCTION_DESTROY.
func guardStack(t *testing.T, dir string) {
	t.Helper()
	stack := cdktf.NewTerraformStack(cdktf.Testing_App(nil), jsii.String("guard"))
	cdktf.NewLocalBackend(stack, &cdktf.LocalBackendConfig{Path: jsii.String(filepath.Join(dir, "guard.tfstate"))})
	destroyGuard(stack, model.Environment{Name: "production"})
	if err := os.WriteFile(filepath.Join(dir, "cdk.tf.json"), []byte(*cdktf.Testing_Synth(stack, jsii.Bool(false))), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Real tofu refuses a destroy plan of a stack holding the guard, naming it and so
// the variable; deploys leave it alone; with the variable set to yes, it goes.
func TestTofuRefusesToDestroyTheGuardedStack(t *testing.T) {
	tofu := requireTool(t, "tofu")
	dir := t.TempDir()
	run := func(args ...string) (string, error) {
		cmd := exec.Command(tofu, append(args, "-input=false", "-no-color")...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	must := func(args ...string) {
		t.Helper()
		if out, err := run(args...); err != nil {
			t.Fatalf("tofu %v: %v\n%s", args, err, out)
		}
	}
	t.Setenv(AllowProductionDestroy, "")
	guardStack(t, dir)
	must("init")
	must("apply", "-auto-approve")
	must("plan", "-detailed-exitcode") // a deploy finds nothing to change
	out, err := run("plan", "-destroy")
	want := "Resource instance terraform_data." + GuardName + " has prevent_destroy set"
	if err == nil || !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
		t.Fatalf("destroy plan without %s=yes: %v, want refused with %q:\n%s", AllowProductionDestroy, err, want, out)
	}
	t.Setenv(AllowProductionDestroy, "yes")
	guardStack(t, dir)
	must("plan", "-detailed-exitcode") // only the lifecycle changed: nothing to apply
	must("destroy", "-auto-approve")
}
