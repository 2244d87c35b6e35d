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
	destroyGuard(stack, env)
	dockerprovider.NewDockerProvider(stack, jsii.String("docker"), dockerProviderConfig(env.Docker))

	vars := map[string]cdktf.TerraformVariable{}
	for _, v := range plan.Variables {
		vars[v.Name] = cdktf.NewTerraformVariable(stack, jsii.String(v.Name), &cdktf.TerraformVariableConfig{
			Type: jsii.String("string"), Nullable: jsii.Bool(false), Description: jsii.String(v.Description),
		})
	}
	containers := constructs.NewMonitoringHost(stack, "monitoring", plan, vars)
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

// dockerProviderConfig points the provider at the environment's engine. Over SSH it
// refuses an unknown or changed host key and never prompts; scripts/stack.sh puts an
// ssh on PATH whose config pins the key from the environment file (docs/MONITORING_SETUP.md).
func dockerProviderConfig(h model.DockerHost) *dockerprovider.DockerProviderConfig {
	cfg := &dockerprovider.DockerProviderConfig{Host: jsii.String(h.URL())}
	if _, ok := h.SSH(); ok {
		cfg.SshOpts = jsii.Strings("-o", "StrictHostKeyChecking=yes", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10")
	}
	return cfg
}
