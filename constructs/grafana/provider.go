package grafana

import (
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Provider pins the provider to the release line whose schema the checks use.
const (
	ProviderSource  = "grafana/grafana"
	ProviderVersion = "~> 4.45"
)

// ProviderAttrs configures the provider for env; auth is a reference to a sensitive variable.
func ProviderAttrs(env model.Environment, auth string) map[string]any {
	attrs := map[string]any{"url": env.Grafana.URL, "auth": auth}
	if env.Grafana.OrgID != 0 {
		attrs["org_id"] = env.Grafana.OrgID
	}
	return attrs
}

// ConfigureProvider declares required_providers and the provider block on the
// stack. TerraformProvider is abstract in cdktf, so without generated bindings
// the stack's own overrides are the way to write them.
func ConfigureProvider(stack cdktf.TerraformStack, env model.Environment, auth cdktf.TerraformVariable) {
	stack.AddOverride(jsii.String("terraform.required_providers.grafana"), map[string]any{
		"source": ProviderSource, "version": ProviderVersion,
	})
	stack.AddOverride(jsii.String("provider.grafana"), []any{ProviderAttrs(env, *auth.StringValue())})
}

// SensitiveVariable declares a string variable Terraform never prints.
func SensitiveVariable(stack cdktf.TerraformStack, name, description string) cdktf.TerraformVariable {
	return cdktf.NewTerraformVariable(stack, jsii.String(name), &cdktf.TerraformVariableConfig{
		Type:        jsii.String("string"),
		Sensitive:   jsii.Bool(true),
		Description: jsii.String(description),
	})
}
