package stacks

import (
	"fmt"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render"
)

// BenchmarkSynthLoad declares and synthesizes production's host stack and x copies
// of its Grafana stack with the Grafana alert engine (each copy: every dashboard and
// every alert as a Grafana rule), to show how synth grows with 10x the content. The
// jsii runtime is already running (started once per test binary), so this is the
// declare + synth share of `cdktf synth`, not its start-up.
//
//	go test ./stacks -run '^$' -bench SynthLoad -benchtime 5x
func BenchmarkSynthLoad(b *testing.B) {
	env, err := model.LoadEnvironment("../environments", "production")
	if err != nil {
		b.Fatal(err)
	}
	env.AlertEngine = "grafana"
	files, err := render.All(env)
	if err != nil {
		b.Fatal(err)
	}
	for _, copies := range []int{1, 10} {
		b.Run(fmt.Sprintf("x%d", copies), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(b.TempDir())})
				if _, err := NewHostStack(app, "host", env, files); err != nil {
					b.Fatal(err)
				}
				for c := 0; c < copies; c++ {
					NewGrafanaStack(app, fmt.Sprintf("grafana-%d", c), env)
				}
				app.Synth()
			}
		})
	}
}
