package stacks

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render"
)

// A further host is a stack of its own on its own engine: node-exporter alone,
// published on the host's address, and no Terraform input at all.
func TestFurtherHostIsAStackOnItsOwnEngine(t *testing.T) {
	env := loadEnv(t, "local")
	edge := model.Host{Name: "edge", Docker: model.DockerHost{Host: "unix:///tmp/edge/docker.sock"}, Address: "10.214.7.1"}
	env.Hosts = []model.Host{edge}
	app := cdktf.Testing_App(nil)
	if err := AddEnvironment(app, env); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range *app.Node().Children() {
		if *cdktf.TerraformStack_IsStack(c) {
			names = append(names, *c.(cdktf.TerraformStack).Node().Id())
		}
	}
	if want := []string{"local-host", "local-agents-edge", "local-grafana"}; !slices.Equal(names, want) {
		t.Fatalf("stacks %v, want %v", names, want)
	}
	files, err := render.All(env)
	if err != nil {
		t.Fatal(err)
	}
	stack, err := NewAgentStack(cdktf.Testing_App(nil), "local-agents-edge", env, edge, files)
	if err != nil {
		t.Fatal(err)
	}
	raw := *cdktf.Testing_Synth(stack, jsii.Bool(true))
	var out synthesized
	var provider struct {
		Provider struct {
			Docker []struct {
				Host string `json:"host"`
			} `json:"docker"`
		} `json:"provider"`
	}
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(raw), &provider); err != nil {
		t.Fatal(err)
	}
	if d := provider.Provider.Docker; len(d) != 1 || d[0].Host != edge.Docker.Host {
		t.Errorf("provider %+v, want the host's engine %s", d, edge.Docker.Host)
	}
	cs := byName(t, out)
	ne, ok := cs[model.NodeExporter]
	if len(cs) != 1 || !ok {
		t.Fatalf("containers %v, want node-exporter alone", cs)
	}
	if ne.NetworkMode != "host" || len(ne.Ports) > 0 || len(ne.NetworksAdvanced) > 0 {
		t.Errorf("network mode %q, ports %+v, networks %+v: want the host's network, and no port or network of its own", ne.NetworkMode, ne.Ports, ne.NetworksAdvanced)
	}
	if len(out.Variable) != 0 {
		t.Errorf("variables %v: a further host's stack takes no input", out.Variable)
	}
}
