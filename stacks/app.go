// Package stacks assembles the CDKTF app: per environment, a host stack (docker
// provider) and a Grafana stack (grafana provider).
package stacks

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/lint"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render"
)

// Synth loads and validates every environment before declaring anything, then
// synthesizes the stacks of the environments in only (all when empty) into outdir
// (cdktf.out when run by the cdktf CLI). A plan of one environment declares only
// its stacks: the others' share of the synth is two thirds of it.
func Synth(envDir string, only []string) error {
	defer jsii.Close()
	selected, err := model.SelectEnvironments(only)
	if err != nil {
		return err
	}
	var envs []model.Environment
	for _, name := range model.EnvironmentNames {
		env, err := model.LoadEnvironment(envDir, name)
		if err != nil {
			return err
		}
		envs = append(envs, env)
	}
	// Dashboards are the same in every environment: check them once, against the
	// metrics the stack exports, before anything is declared.
	files, err := render.All(envs[0])
	if err != nil {
		return err
	}
	if err := lint.CheckRendered(".", files); err != nil {
		return err
	}
	app := cdktf.NewApp(nil)
	for _, env := range envs {
		if !selected[env.Name] {
			continue
		}
		if err := AddEnvironment(app, env); err != nil {
			return err
		}
	}
	app.Synth()
	return nil
}

// AddEnvironment declares env's stacks in app.
func AddEnvironment(app cdktf.App, env model.Environment) error {
	files, err := render.All(env)
	if err != nil {
		return fmt.Errorf("environment %s: %w", env.Name, err)
	}
	host, err := NewHostStack(app, model.HostStack(env.Name), env, files)
	if err != nil {
		return err
	}
	machines := []cdktf.TerraformStack{host}
	for _, h := range env.Hosts {
		agents, err := NewAgentStack(app, model.AgentStack(env.Name, h.Name), env, h, files)
		if err != nil {
			return err
		}
		machines = append(machines, agents)
	}
	// The Grafana stack talks to the Grafana and reads the Prometheus the others
	// run: cdktf deploys it after them and destroys it before them. Where Grafana
	// does not run, its stack is never deployed (AppliedStacks skips it) and a
	// dependency would only make cdktf refuse to destroy the host stack without it.
	grafana := NewGrafanaStack(app, model.GrafanaStack(env.Name), env)
	if env.Has(model.Grafana) {
		for _, m := range machines {
			grafana.AddDependency(m)
		}
	}
	return nil
}
