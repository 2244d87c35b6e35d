package grafanaschema

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const schemaPath = "../testdata/grafana-provider/provider_schema.json"

func load(t *testing.T) *Schema {
	t.Helper()
	s, err := Load(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestLoadReadsTheVendoredSchema(t *testing.T) {
	s := load(t)
	if len(s.Resources) != 121 {
		t.Errorf("got %d resources, the README of the schema says 121", len(s.Resources))
	}
	if !s.Provider.Attributes["auth"].Sensitive {
		t.Error("provider attribute auth should be sensitive")
	}
}

func TestCheckFixtures(t *testing.T) {
	s := load(t)
	cases := map[string][]string{
		"good":              nil,
		"unknown_attribute": {`grafana-local/folder-platform (grafana_folder.platform): attribute "titel" is not an attribute or block of this type; known: id, org_id, parent_folder_uid, prevent_destroy_if_not_empty, title, uid`},
		"missing_required":  {`grafana_dashboard.api: attribute "config_json" is required but missing`},
		"wrong_type":        {`grafana_dashboard.api: attribute "overwrite" must be a bool, got string`},
		"computed_set":      {`grafana_dashboard.api: attribute "url" is computed by the provider and cannot be set`},
		"wrong_nesting":     {`grafana_notification_policy.policy: block "policy" must be an object or a list of objects, got string`},
		"nested_unknown": {
			`grafana_notification_policy.policy: attribute "policy[0].matcher[0].labl" is not an attribute or block of this type; known: label, match, value`,
			`grafana_notification_policy.policy: attribute "policy[0].matcher[0].label" is required but missing`,
		},
		"unknown_type":     {`grafana_dashbord.api: resource type "grafana_dashbord" is not in the grafana provider schema`},
		"provider_unknown": {`provider.grafana[0]: attribute "token" is not an attribute or block of this type; known: auth, ca_cert, cloud_access_policy_token, cloud_api_url, cloud_provider_access_token, cloud_provider_url, connections_api_access_token, connections_api_url, fleet_management_auth, fleet_management_url, frontend_o11y_api_access_token, frontend_o11y_api_url, http_headers, insecure_skip_verify, k6_access_token, k6_url, oncall_access_token, oncall_url, org_id, retries, retry_status_codes, retry_wait, sm_access_token, sm_url, stack_id, store_dashboard_sha256, tls_cert, tls_key, url`},
	}
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", name+".tf.json"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range s.Check(data) {
				got = append(got, e.Error())
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// The schema marks what holds a secret, nested blocks included: the Grafana
// stack's no-secret test relies on it.
func TestSensitiveListsNestedSecrets(t *testing.T) {
	s := load(t)
	for typ, want := range map[string]string{
		"grafana_data_source":   "secure_json_data_encoded",
		"grafana_contact_point": "slack.url",
	} {
		if got := s.Resources[typ].Sensitive(); !slices.Contains(got, want) {
			t.Errorf("%s: sensitive %v, want %s among them", typ, got, want)
		}
	}
	if got := s.Resources["grafana_folder"].Sensitive(); len(got) != 0 {
		t.Errorf("grafana_folder: sensitive %v, want none", got)
	}
}
