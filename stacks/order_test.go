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

// dependencies synthesizes env's stacks and returns each stack's dependencies as
// the manifest cdktf reads them.
func dependencies(t *testing.T, env model.Environment) map[string][]string {
	t.Helper()
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
	deps := map[string][]string{}
	for name, s := range manifest.Stacks {
		deps[name] = s.Dependencies
	}
	return deps
}

// TestGrafanaStackIsDeployedAfterTheHosts: cdktf deploys stacks without a declared
// dependency at once, and the Grafana stack talks to the Grafana the host stack
// runs. The synthesized manifest makes it wait for the host stack (and every
// further host's), and the order the scripts apply saved plans in
// (model.AppliedStacks) puts each stack after what it depends on.
func TestGrafanaStackIsDeployedAfterTheHosts(t *testing.T) {
	env := loadEnv(t, model.Production)
	env.Hosts = []model.Host{{Name: "edge", Address: "10.0.0.2", Docker: model.DockerHost{
		Host: "ssh://opsmon@edge.example.com", HostKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIGDwh6B/YHKwOwjZ02Eavk2W/g5oZy96jdSsYAmoCBu"}}}
	all := dependencies(t, env)
	grafana := model.GrafanaStack(env.Name)
	deps := slices.Sorted(slices.Values(all[grafana]))
	want := []string{model.AgentStack(env.Name, "edge"), model.HostStack(env.Name)}
	if !slices.Equal(deps, want) {
		t.Errorf("%s depends on %v, want %v", grafana, deps, want)
	}
	order, _, _ := env.AppliedStacks()
	for stack, ds := range all {
		for _, d := range ds {
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
	env := loadEnv(t, "local")
	if deps := dependencies(t, env)[model.GrafanaStack(env.Name)]; len(deps) != 0 {
		t.Errorf("local-grafana depends on %v; Grafana does not run locally, so it must depend on nothing", deps)
	}
}
