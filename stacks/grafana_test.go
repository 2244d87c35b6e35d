package stacks

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/grafanaschema"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// synthGrafana synthesizes the Grafana stack of env and returns cdk.tf.json.
func synthGrafana(t *testing.T, env model.Environment) []byte {
	t.Helper()
	app := cdktf.Testing_App(nil)
	stack := NewGrafanaStack(app, "grafana-"+env.Name, env)
	return []byte(*cdktf.Testing_Synth(stack, jsii.Bool(false)))
}

type synthDoc struct {
	Terraform struct {
		RequiredProviders map[string]struct{ Source, Version string } `json:"required_providers"`
	} `json:"terraform"`
	Provider map[string][]map[string]any          `json:"provider"`
	Variable map[string]map[string]any            `json:"variable"`
	Resource map[string]map[string]map[string]any `json:"resource"`
}

// eachGrafanaStack synthesizes the Grafana stack of every environment with both
// alert engines and hands each to check, with the provider schema.
func eachGrafanaStack(t *testing.T, check func(where string, env model.Environment, raw []byte, doc synthDoc, schema *grafanaschema.Schema)) {
	t.Helper()
	schema, err := grafanaschema.Load("../testdata/grafana-provider/provider_schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range model.EnvironmentNames {
		env, err := model.LoadEnvironment("../environments", name)
		if err != nil {
			t.Fatal(err)
		}
		for _, engine := range []string{"prometheus", "grafana"} {
			env.AlertEngine = engine
			raw := synthGrafana(t, env)
			var doc synthDoc
			if err := json.Unmarshal(raw, &doc); err != nil {
				t.Fatal(err)
			}
			check(name+"/"+engine, env, raw, doc, schema)
		}
	}
}

// TestGrafanaStackPassesTheProviderSchema checks every grafana_* block against
// the provider schema, and what the stack holds.
func TestGrafanaStackPassesTheProviderSchema(t *testing.T) {
	eachGrafanaStack(t, func(where string, env model.Environment, raw []byte, doc synthDoc, schema *grafanaschema.Schema) {
		for _, e := range schema.Check(raw) {
			t.Errorf("%s: %v", where, e)
		}
		checkGrafanaContent(t, where, env, doc)
	})
}

func checkGrafanaContent(t *testing.T, where string, env model.Environment, doc synthDoc) {
	t.Helper()
	if p := doc.Terraform.RequiredProviders["grafana"]; p.Source != "grafana/grafana" || p.Version != "~> 4.45" {
		t.Errorf("%s: required_providers.grafana = %+v", where, p)
	}
	if got := doc.Provider["grafana"]; len(got) != 1 || got[0]["url"] != env.Grafana.URL || got[0]["auth"] != nil {
		t.Errorf("%s: provider.grafana = %v, want the URL and no auth (GRAFANA_AUTH)", where, got)
	}
	want := map[string]int{"grafana_dashboard": 15, "grafana_folder": 6}
	// Provisioned from files with their secrets (render/grafanaprov), never here.
	never := []string{"grafana_data_source", "grafana_contact_point", "grafana_message_template"}
	alerting := []string{"grafana_notification_policy", "grafana_mute_timing", "grafana_rule_group"}
	for typ, n := range want {
		if got := len(doc.Resource[typ]); got != n {
			t.Errorf("%s: %d %s, want %d", where, got, typ, n)
		}
	}
	for _, typ := range never {
		if got := len(doc.Resource[typ]); got != 0 {
			t.Errorf("%s: %d %s: Grafana provisions them from its secrets volume", where, got, typ)
		}
	}
	for _, typ := range alerting {
		got := len(doc.Resource[typ])
		if env.AlertEngine == "grafana" && got == 0 {
			t.Errorf("%s: no %s with the grafana engine", where, typ)
		}
		if env.AlertEngine == "prometheus" && got != 0 {
			t.Errorf("%s: %d %s with the prometheus engine: Grafana and Alertmanager would both notify", where, got, typ)
		}
	}
	for name, d := range doc.Resource["grafana_dashboard"] {
		cfg, _ := d["config_json"].(string)
		folder, _ := d["folder"].(string)
		if !strings.Contains(cfg, `"uid": "ops-`) || !strings.HasPrefix(folder, "${grafana_folder.") {
			t.Errorf("%s: dashboard %s: config_json without a stable uid or folder %q not a folder reference", where, name, folder)
		}
	}
}

// TestGrafanaStackCannotHoldASecret: no secret can reach the Grafana stack's
// synthesized JSON, state or saved plans, in any environment with either
// engine. The stack declares no variable (a saved plan keeps every variable's
// value), the provider block sets no credential, and no resource type it
// declares has an attribute the provider's schema marks sensitive: state holds
// a resource's attributes, so none of them can be a secret. No Grafana provider
// installs here to write a real plan or state; the schema is the evidence.
func TestGrafanaStackCannotHoldASecret(t *testing.T) {
	eachGrafanaStack(t, func(where string, _ model.Environment, _ []byte, doc synthDoc, schema *grafanaschema.Schema) {
		if len(doc.Variable) != 0 {
			t.Errorf("%s: declares variables %v; a saved plan would keep their values", where, keys(doc.Variable))
		}
		for _, cfg := range doc.Provider["grafana"] {
			for _, attr := range schema.Provider.Sensitive() {
				if _, set := cfg[attr]; set {
					t.Errorf("%s: the provider block sets %s; the provider reads it from the environment", where, attr)
				}
			}
		}
		for typ := range doc.Resource {
			if !strings.HasPrefix(typ, "grafana_") {
				continue
			}
			if sensitive := schema.Resources[typ].Sensitive(); len(sensitive) != 0 {
				t.Errorf("%s: declares %s, whose %v the state would hold", where, typ, sensitive)
			}
		}
	})
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
