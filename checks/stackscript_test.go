package checks

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// refused runs a project script without any secret, state address or
// environment override, and returns its output; it must fail before cdktf runs.
func refused(t *testing.T, extra []string, script string, args ...string) string {
	t.Helper()
	cmd := exec.Command(script, args...)
	cmd.Dir = ".."
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TF_VAR_") && !strings.HasPrefix(kv, "OPSMON_") && !strings.HasPrefix(kv, "PG") && !strings.HasPrefix(kv, "AWS_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, extra...)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("%s %v succeeded; want it refused:\n%s", script, args, out)
	}
	if strings.Contains(string(out), "Synthesizing") {
		t.Fatalf("%s %v reached cdktf before refusing:\n%s", script, args, out)
	}
	return string(out)
}

func wantLine(t *testing.T, out, want string) {
	t.Helper()
	if !strings.Contains(out, want+"\n") {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
}

func TestProductionIsNotDestroyedWithoutAnExplicitYes(t *testing.T) {
	for _, args := range [][]string{{"destroy", "production"}, {"destroy", "production", "production-*"}} {
		out := refused(t, nil, "scripts/stack.sh", args...)
		wantLine(t, out, "error: refusing to destroy production-host; set OPSMON_ALLOW_PRODUCTION_DESTROY=yes if you mean it (data volumes are kept either way)")
	}
	out := refused(t, nil, "scripts/recreate.sh", "production")
	wantLine(t, out, "error: recreate destroys containers; production is never recreated by this command (deploy changes instead)")
}

// purge deletes data volumes: only the local environment's, or a test's scratch name.
func TestPurgeAcceptsOnlyLocal(t *testing.T) {
	for env, want := range map[string]string{
		"production": "error: purge deletes data volumes and accepts only local; production's volumes are removed by hand on its host (docker volume rm), never by a script",
		"staging":    "error: purge deletes data volumes and accepts only local; staging's volumes are removed by hand on its host (docker volume rm), never by a script",
		"e2epurge":   "error: purge accepts only local, not 'e2epurge'; run: make purge (or scripts/purge.sh local)",
	} {
		wantLine(t, refused(t, nil, "scripts/purge.sh", env), want)
	}
	// The scratch name is a test's, never an environment's.
	out := refused(t, []string{"OPSMON_PURGE_SCRATCH=production"}, "scripts/purge.sh", "production")
	wantLine(t, out, "error: purge deletes data volumes and accepts only local; production's volumes are removed by hand on its host (docker volume rm), never by a script")
}

func TestStackPatternsStayInsideTheirEnvironment(t *testing.T) {
	out := refused(t, nil, "scripts/stack.sh", "deploy", "staging", "production-host")
	wantLine(t, out, "error: stack production-host is not one of environment staging's; run: scripts/stack.sh deploy production production-host")
	out = refused(t, nil, "scripts/stack.sh", "diff", "staging", "stage-*")
	wantLine(t, out, "error: no stack matches 'stage-*'; the stacks are: local-host local-grafana staging-host staging-grafana production-host production-grafana")
}

func TestPgStateWithoutAnAddressStopsBeforeAnything(t *testing.T) {
	out := refused(t, nil, "scripts/stack.sh", "deploy", "production")
	wantLine(t, out, "error: environment production keeps its state in PostgreSQL (state.backend: pg): set PG_CONN_STR=postgres://USER:PASSWORD@HOST:5432/DB or the libpq variables PGHOST, PGUSER, PGPASSWORD, PGDATABASE. Nothing was applied.")
}

func TestS3StateWithoutCredentialsStopsBeforeAnything(t *testing.T) {
	dir := envtest.DirWith(t, filepath.Join("..", "environments"), "staging", func(s string) string {
		i := strings.Index(s, "\nstate:\n")
		if i < 0 {
			t.Fatal("staging.yaml has no state block")
		}
		// The state and docker blocks end the file; replace them with an S3 one on this engine.
		return s[:i] + "\nstate:\n  backend: s3\n  bucket: opsmon-state\n  key: opsmon\n  region: us-east-1\ndocker:\n  host: unix:///var/run/docker.sock\n"
	})
	out := refused(t, []string{"OPSMON_ENV_DIR=" + dir}, "scripts/stack.sh", "deploy", "staging")
	wantLine(t, out, "error: environment staging keeps its state in S3 (state.backend: s3): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) for the bucket, in the environment or in OPSMON_SECRETS_FILE. Nothing was applied.")
}
