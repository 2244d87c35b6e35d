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

// TestGrafanaStackPassesTheProviderSchema synthesizes every environment with
// both alert engines and checks every grafana_* block against the provider schema.
func TestGrafanaStackPassesTheProviderSchema(t *testing.T) {
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
			for _, e := range schema.Check(raw) {
				t.Errorf("%s/%s: %v", name, engine, e)
			}
			var doc synthDoc
			if err := json.Unmarshal(raw, &doc); err != nil {
				t.Fatal(err)
			}
			checkGrafanaContent(t, name+"/"+engine, env, doc)
		}
	}
}

func checkGrafanaContent(t *testing.T, where string, env model.Environment, doc synthDoc) {
	t.Helper()
	if p := doc.Terraform.RequiredProviders["grafana"]; p.Source != "grafana/grafana" || p.Version != "~> 4.45" {
		t.Errorf("%s: required_providers.grafana = %+v", where, p)
	}
	if got := doc.Provider["grafana"]; len(got) != 1 || got[0]["url"] != env.Grafana.URL || got[0]["auth"] != "${var.grafana_auth}" {
		t.Errorf("%s: provider.grafana = %v", where, got)
	}
	if doc.Variable["grafana_auth"]["sensitive"] != true {
		t.Errorf("%s: variable grafana_auth is not sensitive", where)
	}
	want := map[string]int{"grafana_dashboard": 15, "grafana_data_source": 2, "grafana_folder": 6}
	alerting := []string{"grafana_contact_point", "grafana_notification_policy", "grafana_message_template", "grafana_mute_timing", "grafana_rule_group"}
	for typ, n := range want {
		if got := len(doc.Resource[typ]); got != n {
			t.Errorf("%s: %d %s, want %d", where, got, typ, n)
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
	for name, ds := range doc.Resource["grafana_data_source"] {
		if uid := ds["uid"]; uid != "prometheus" && uid != "alertmanager" {
			t.Errorf("%s: data source %s has uid %v", where, name, uid)
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
