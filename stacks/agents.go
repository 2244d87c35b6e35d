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

// NewAgentStack declares a further host's agents on its own engine. One stack per
// host, not a provider alias per host in the host stack: each host then has its
// own state and lock, a host that is down or unreachable blocks only its own plan
// and deploy (never a change to the alerts), and a plan's time grows with the
// hosts planned, not with every host at each plan.
func NewAgentStack(scope cx.Construct, id string, env model.Environment, h model.Host, files map[string][]byte) (cdktf.TerraformStack, error) {
	plan, err := hostplan.BuildAgents(env, h, files)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", id, err)
	}
	stack := cdktf.NewTerraformStack(scope, jsii.String(id))
	backend(stack, id, env)
	destroyGuard(stack, env)
	dockerprovider.NewDockerProvider(stack, jsii.String("docker"), dockerProviderConfig(h.Docker))
	constructs.NewMonitoringHost(stack, "agents", plan, nil)
	return stack, nil
}
