package stacks

import (
	"path/filepath"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// backend stores the stack's state where the environment says. Connection details
// and credentials come from the environment at init (PG* libpq variables, AWS_*),
// never from the synthesized JSON.
func backend(stack cdktf.TerraformStack, id string, env model.Environment) {
	switch env.State.Backend {
	case "pg":
		// conn_str is null in the JSON (the Go binding requires the field): tofu then
		// reads PG_CONN_STR at init, or without it the PostgreSQL driver reads libpq's
		// PGHOST, PGUSER, PGPASSWORD, PGDATABASE. No password is ever synthesized.
		// skip_*_creation stay unset, so a pull-request plan with the read-only role
		// sets them by PG_SKIP_*_CREATION=true at init (docs/LEAST_PRIVILEGE.md) and
		// plan and deploy synthesize the same backend: a saved plan applies as is.
		cdktf.NewPgBackend(stack, &cdktf.PgBackendConfig{
			SchemaName: jsii.String(env.State.PgSchema(id)),
			ConnStr:    cdktf.Token_AsString(cdktf.Token_NullValue(), nil),
		})
	case "s3":
		cfg := &cdktf.S3BackendConfig{
			Bucket: jsii.String(env.State.Bucket), Key: jsii.String(env.State.Key + "/" + id + ".tfstate"),
			Region: jsii.String(env.State.Region), Encrypt: jsii.Bool(true),
		}
		if env.State.Endpoint != "" {
			// An S3-compatible server (SeaweedFS, MinIO, Ceph) has no AWS STS, IAM or
			// instance metadata service: without these skips tofu would ask AWS's own
			// endpoints at init. Credentials still come from AWS_* at init.
			cfg.Endpoints = &cdktf.S3BackendEndpointConfig{S3: jsii.String(env.State.Endpoint)}
			cfg.UsePathStyle = jsii.Bool(true)
			cfg.SkipCredentialsValidation = jsii.Bool(true)
			cfg.SkipRequestingAccountId = jsii.Bool(true)
			cfg.SkipMetadataApiCheck = jsii.Bool(true)
			cfg.SkipRegionValidation = jsii.Bool(true)
		}
		cdktf.NewS3Backend(stack, cfg)
		// S3-native locking (OpenTofu >= 1.10, Terraform >= 1.10); cdktf 0.21 predates the field.
		stack.AddOverride(jsii.String("terraform.backend.s3.use_lockfile"), true)
	default:
		cdktf.NewLocalBackend(stack, &cdktf.LocalBackendConfig{Path: jsii.String(localStatePath(env.State.Path, id))})
	}
}

// localStatePath is where a stack's local state file lives, as Terraform sees it:
// cdktf runs it in cdktf.out/stacks/<id>, so a folder relative to the repository
// root (default state/, git-ignored) is three levels up; a re-synth never loses it.
func localStatePath(dir, id string) string {
	if dir == "" {
		dir = "state"
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("../../..", dir)
	}
	return filepath.Join(dir, id+".tfstate")
}
