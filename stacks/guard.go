package stacks

import (
	"os"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// AllowProductionDestroy, set to "yes" when the app is synthesized, lets a
// production stack be destroyed.
const AllowProductionDestroy = "OPSMON_ALLOW_PRODUCTION_DESTROY"

// GuardName is the guard resource's name, which tofu's refusal prints: it says
// what lets the destroy through.
const GuardName = "destroy_needs_" + AllowProductionDestroy + "_yes"

// destroyGuard gives a production stack a resource that never changes and that
// tofu refuses to destroy (lifecycle.prevent_destroy), so a destroy plan of the
// stack fails by any path (scripts/stack.sh, cdktf destroy, tofu destroy) unless
// AllowProductionDestroy=yes. Deploys never touch it; terraform_data is built
// into tofu, so it needs no provider and no Docker.
func destroyGuard(stack cdktf.TerraformStack, env model.Environment) {
	if env.Name != "production" {
		return
	}
	guard := cdktf.NewDataResource(stack, jsii.String(GuardName), &cdktf.DataConfig{
		Input: &map[string]interface{}{"why": "refusing to destroy production; set " + AllowProductionDestroy + "=yes if you mean it (data volumes are kept either way)"},
		Lifecycle: &cdktf.TerraformResourceLifecycle{
			PreventDestroy: jsii.Bool(os.Getenv(AllowProductionDestroy) != "yes"),
		},
	})
	guard.OverrideLogicalId(jsii.String(GuardName))
}
