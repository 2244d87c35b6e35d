package stacks

import (
	"fmt"

	cx "github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/constructs"
	dockerprovider "github.com/magicunicorn/ops-center-monitoring/generated/kreuzwerker/docker/provider"
	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// NewHostStack declares the monitoring containers of env on its Docker host.
func NewHostStack(scope cx.Construct, id string, env model.Environment, files map[string][]byte) (cdktf.TerraformStack, error) {
	plan, err := hostplan.Build(env, files)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", id, err)
	}
	stack := cdktf.NewTerraformStack(scope, jsii.String(id))
	backend(stack, id, env)
	dockerprovider.NewDockerProvider(stack, jsii.String("docker"), &dockerprovider.DockerProviderConfig{})

	secrets := map[string]cdktf.TerraformVariable{}
	for _, s := range plan.Secrets {
		cfg := &cdktf.TerraformVariableConfig{
			Type: jsii.String("string"), Sensitive: jsii.Bool(true), Nullable: jsii.Bool(false),
			Description: jsii.String(s.Description + " (sensitive; set TF_VAR_" + s.Name + ")"),
		}
		if s.Placeholder != "" {
			cfg.Default = jsii.String(s.Placeholder)
		}
		secrets[s.Name] = cdktf.NewTerraformVariable(stack, jsii.String(s.Name), cfg)
	}
	vars := map[string]cdktf.TerraformVariable{}
	for _, v := range plan.Variables {
		vars[v.Name] = cdktf.NewTerraformVariable(stack, jsii.String(v.Name), &cdktf.TerraformVariableConfig{
			Type: jsii.String("string"), Nullable: jsii.Bool(false), Description: jsii.String(v.Description),
		})
	}
	containers := constructs.NewMonitoringHost(stack, "monitoring", plan, secrets, vars)
	for _, c := range plan.Containers {
		for _, p := range c.Ports {
			cdktf.NewTerraformOutput(stack, jsii.String(c.Name+"_url"), &cdktf.TerraformOutputConfig{
				Value: jsii.String(fmt.Sprintf("http://%s:%d", p.HostIP, p.External)),
			})
		}
	}
	_ = containers
	return stack, nil
}
