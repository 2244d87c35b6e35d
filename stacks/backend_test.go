package stacks

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// synthBackend synthesizes an empty stack with env's backend and returns the
// terraform.backend block and the whole JSON.
func synthBackend(t *testing.T, id string, state model.State) (map[string]map[string]any, string) {
	t.Helper()
	app := cdktf.Testing_App(nil)
	stack := cdktf.NewTerraformStack(app, jsii.String(id))
	backend(stack, id, model.Environment{Name: "x", State: state})
	raw := *cdktf.Testing_Synth(stack, jsii.Bool(false))
	var doc struct {
		Terraform struct {
			Backend map[string]map[string]any `json:"backend"`
		} `json:"terraform"`
	}
	if err := json.Unmarshal([]byte(raw), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Terraform.Backend, raw
}

func TestLocalStateIsOneFilePerStackInTheStateFolder(t *testing.T) {
	for _, c := range []struct{ dir, want string }{
		{"", "../../../state/staging-host.tfstate"},
		{"state", "../../../state/staging-host.tfstate"},
		{"/var/lib/opsmon", "/var/lib/opsmon/staging-host.tfstate"},
	} {
		b, _ := synthBackend(t, "staging-host", model.State{Backend: "local", Path: c.dir})
		if got := b["local"]["path"]; got != c.want {
			t.Errorf("path %q: backend.local.path = %v, want %s", c.dir, got, c.want)
		}
	}
}

// The pg backend's address comes from PG_CONN_STR (or libpq's PG* variables) at
// init: conn_str must be null in the JSON; even "" would override them.
func TestPgStateHasASchemaPerStackAndNoConnectionString(t *testing.T) {
	b, raw := synthBackend(t, "production-host", model.State{Backend: "pg", SchemaName: "opsmon"})
	pg, ok := b["pg"]
	if !ok {
		t.Fatalf("no pg backend: %v", b)
	}
	if pg["schema_name"] != "opsmon_production_host" {
		t.Errorf("schema_name = %v, want opsmon_production_host", pg["schema_name"])
	}
	if v, set := pg["conn_str"]; !set || v != nil {
		t.Errorf("conn_str = %#v; want null, so that tofu reads PG_CONN_STR", pg["conn_str"])
	}
	if strings.Contains(raw, "postgres://") {
		t.Error("a connection string appears in the synthesized JSON")
	}
	// Unset, so that plans with the read-only role set them by PG_SKIP_*_CREATION.
	for _, k := range []string{"skip_schema_creation", "skip_table_creation", "skip_index_creation"} {
		if v, set := pg[k]; set {
			t.Errorf("backend.pg.%s = %v; it must stay unset so PG_SKIP_* decide it at init", k, v)
		}
	}
}

func TestS3StateLocksWithALockfileAndHoldsNoCredentials(t *testing.T) {
	b, raw := synthBackend(t, "staging-grafana", model.State{Backend: "s3", Bucket: "opsmon-state",
		Key: "opsmon", Region: "eu-central-1", Endpoint: "https://s3.example.net"})
	s3 := b["s3"]
	for k, want := range map[string]any{"bucket": "opsmon-state", "key": "opsmon/staging-grafana.tfstate",
		"region": "eu-central-1", "encrypt": true, "use_lockfile": true, "use_path_style": true,
		"skip_credentials_validation": true, "skip_requesting_account_id": true,
		"skip_metadata_api_check": true, "skip_region_validation": true} {
		if s3[k] != want {
			t.Errorf("backend.s3.%s = %v, want %v", k, s3[k], want)
		}
	}
	if ep, _ := s3["endpoints"].(map[string]any); ep["s3"] != "https://s3.example.net" {
		t.Errorf("backend.s3.endpoints = %v", s3["endpoints"])
	}
	for _, secret := range []string{"access_key", "secret_key", "token"} {
		if strings.Contains(raw, `"`+secret+`"`) {
			t.Errorf("%s is synthesized; credentials come from AWS_* at init", secret)
		}
	}
}

// On AWS itself (no endpoint) tofu validates the credentials and region as usual:
// the skips an S3-compatible server needs are not synthesized.
func TestS3StateOnAWSKeepsTofusChecks(t *testing.T) {
	b, _ := synthBackend(t, "production-host", model.State{Backend: "s3", Bucket: "opsmon-state",
		Key: "opsmon", Region: "eu-central-1"})
	s3 := b["s3"]
	for _, k := range []string{"endpoints", "use_path_style", "skip_credentials_validation",
		"skip_requesting_account_id", "skip_metadata_api_check", "skip_region_validation"} {
		if v, set := s3[k]; set {
			t.Errorf("backend.s3.%s = %v; only an endpoint-configured backend sets it", k, v)
		}
	}
	if s3["use_lockfile"] != true {
		t.Errorf("backend.s3.use_lockfile = %v, want true", s3["use_lockfile"])
	}
}
