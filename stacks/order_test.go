package stacks

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// TestGrafanaStackIsDeployedAfterTheHosts: cdktf deploys stacks without a declared
// dependency at once, and the Grafana stack talks to the Grafana the host stack
// runs. The synthesized manifest makes it wait for the host stack (and every
// further host's), and the order the scripts apply saved plans in
// (model.AppliedStacks) puts each stack after what it depends on.
func TestGrafanaStackIsDeployedAfterTheHosts(t *testing.T) {
	env, err := model.LoadEnvironment("../environments", model.Production)
	if err != nil {
		t.Fatal(err)
	}
	env.Hosts = []model.Host{{Name: "edge", Address: "10.0.0.2", Docker: model.DockerHost{
		Host: "ssh://opsmon@edge.example.com", HostKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIGDwh6B/YHKwOwjZ02Eavk2W/g5oZy96jdSsYAmoCBu"}}}
	out := t.TempDir()
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(out)})
	if err := AddEnvironment(app, env); err != nil {
		t.Fatal(err)
	}
	app.Synth()
	b, err := os.ReadFile(filepath.Join(out, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var manifest struct {
		Stacks map[string]struct{ Dependencies []string } `json:"stacks"`
	}
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatal(err)
	}
	grafana := model.GrafanaStack(env.Name)
	deps := manifest.Stacks[grafana].Dependencies
	slices.Sort(deps)
	want := []string{model.AgentStack(env.Name, "edge"), model.HostStack(env.Name)}
	if !slices.Equal(deps, want) {
		t.Errorf("%s depends on %v, want %v", grafana, deps, want)
	}
	order, _, _ := env.AppliedStacks()
	for stack, s := range manifest.Stacks {
		for _, d := range s.Dependencies {
			if slices.Index(order, d) > slices.Index(order, stack) {
				t.Errorf("AppliedStacks %v applies %s before %s, which it depends on", order, stack, d)
			}
		}
	}
}

// TestNoDependencyWhereGrafanaDoesNotRun: where Grafana does not run (locally),
// its stack is never deployed, and a declared dependency would make cdktf refuse
// to destroy the host stack alone.
func TestNoDependencyWhereGrafanaDoesNotRun(t *testing.T) {
	env, err := model.LoadEnvironment("../environments", "local")
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(out)})
	if err := AddEnvironment(app, env); err != nil {
		t.Fatal(err)
	}
	app.Synth()
	b, err := os.ReadFile(filepath.Join(out, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var manifest struct {
		Stacks map[string]struct{ Dependencies []string } `json:"stacks"`
	}
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatal(err)
	}
	if deps := manifest.Stacks[model.GrafanaStack(env.Name)].Dependencies; len(deps) != 0 {
		t.Errorf("local-grafana depends on %v; Grafana does not run locally, so it must depend on nothing", deps)
	}
}
