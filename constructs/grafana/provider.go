package grafana

import (
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/provider"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Provider pins the provider to the release line whose schema the checks use.
const (
	ProviderSource  = "grafana/grafana"
	ProviderVersion = "~> 4.45"
)

// ProviderConfig configures the provider for env; auth is a reference to a sensitive variable.
func ProviderConfig(env model.Environment, auth string) *provider.GrafanaProviderConfig {
	cfg := &provider.GrafanaProviderConfig{Url: jsii.String(env.Grafana.URL), Auth: jsii.String(auth)}
	if env.Grafana.OrgID != 0 {
		cfg.OrgId = jsii.Number(float64(env.Grafana.OrgID))
	}
	return cfg
}

// ConfigureProvider declares the provider on the stack. The bindings were generated
// from a schema, not a registry version, so they carry no version constraint, and
// they name the provider registry.terraform.io/grafana/grafana: the short source is
// kept, as state already records the provider under it.
func ConfigureProvider(stack cdktf.TerraformStack, env model.Environment, auth cdktf.TerraformVariable) {
	provider.NewGrafanaProvider(stack, jsii.String("grafana"), ProviderConfig(env, *auth.StringValue()))
	stack.AddOverride(jsii.String("terraform.required_providers.grafana"), map[string]any{
		"source": ProviderSource, "version": ProviderVersion,
	})
}

// SensitiveVariable declares a string variable Terraform never prints.
func SensitiveVariable(stack cdktf.TerraformStack, name, description string) cdktf.TerraformVariable {
	return cdktf.NewTerraformVariable(stack, jsii.String(name), &cdktf.TerraformVariableConfig{
		Type:        jsii.String("string"),
		Sensitive:   jsii.Bool(true),
		Description: jsii.String(description),
	})
}
