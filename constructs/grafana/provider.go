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

// AuthEnv is where the provider reads its credential: an environment variable,
// never a Terraform variable, whose value a saved plan would keep.
const AuthEnv = "GRAFANA_AUTH"

// ProviderConfig configures the provider for env. It sets no auth: the provider
// reads AuthEnv.
func ProviderConfig(env model.Environment) *provider.GrafanaProviderConfig {
	cfg := &provider.GrafanaProviderConfig{Url: jsii.String(env.Grafana.URL)}
	if env.Grafana.OrgID != 0 {
		cfg.OrgId = jsii.Number(float64(env.Grafana.OrgID))
	}
	return cfg
}

// ConfigureProvider declares the provider on the stack. The bindings were generated
// from a schema, not a registry version, so they carry no version constraint, and
// they name the provider registry.terraform.io/grafana/grafana: the short source is
// kept, as state already records the provider under it.
func ConfigureProvider(stack cdktf.TerraformStack, env model.Environment) {
	provider.NewGrafanaProvider(stack, jsii.String("grafana"), ProviderConfig(env))
	stack.AddOverride(jsii.String("terraform.required_providers.grafana"), map[string]any{
		"source": ProviderSource, "version": ProviderVersion,
	})
}
