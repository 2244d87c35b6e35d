package stacks

import (
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
		// The Go binding requires conn_str; an empty one makes the PostgreSQL driver
		// read the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD,
		// PGDATABASE, PGSSLMODE) at init, so no password is ever synthesized.
		cdktf.NewPgBackend(stack, &cdktf.PgBackendConfig{
			SchemaName: jsii.String(env.State.SchemaName + "_" + underscore(id)),
			ConnStr:    jsii.String(""),
		})
	case "s3":
		cfg := &cdktf.S3BackendConfig{
			Bucket: jsii.String(env.State.Bucket), Key: jsii.String(env.State.Key + "/" + id + ".tfstate"),
			Region: jsii.String(env.State.Region), Encrypt: jsii.Bool(true),
		}
		if env.State.Endpoint != "" {
			cfg.Endpoints = &cdktf.S3BackendEndpointConfig{S3: jsii.String(env.State.Endpoint)}
			cfg.UsePathStyle = jsii.Bool(true)
		}
		cdktf.NewS3Backend(stack, cfg)
		// S3-native locking (OpenTofu >= 1.10, Terraform >= 1.10); cdktf 0.21 predates the field.
		stack.AddOverride(jsii.String("terraform.backend.s3.use_lockfile"), true)
	default:
		// cdktf runs Terraform in cdktf.out/stacks/<id>; state lives in the repo's
		// git-ignored state/ folder so a re-synth never loses it.
		cdktf.NewLocalBackend(stack, &cdktf.LocalBackendConfig{Path: jsii.String("../../../state/" + id + ".tfstate")})
	}
}

func underscore(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '-' {
			b[i] = '_'
		}
	}
	return string(b)
}
