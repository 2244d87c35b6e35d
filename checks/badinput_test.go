package checks

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// deployWith runs scripts/stack.sh deploy ENV with only the given variables besides
// PATH and HOME-like basics, and returns its output; it must fail.
func deployMustFail(t *testing.T, env string, extra ...string) string {
	t.Helper()
	cmd := exec.Command("scripts/stack.sh", "deploy", env)
	cmd.Dir = ".."
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TF_VAR_") && !strings.HasPrefix(kv, "OPSMON_SECRETS_FILE=") && !strings.HasPrefix(kv, "OPSMON_ENV_DIR=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, extra...)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("deploy %s succeeded; want it refused:\n%s", env, out)
	}
	if strings.Contains(string(out), "Synthesizing") || strings.Contains(string(out), "Deploying") {
		t.Fatalf("deploy %s reached cdktf before refusing:\n%s", env, out)
	}
	return string(out)
}

func TestDeployWithoutSecretsStopsBeforeApplyNamingThem(t *testing.T) {
	out := deployMustFail(t, "staging")
	want := "error: environment staging: missing secrets: slack_api_url pagerduty_routing_key smtp_password watchdog_url grafana_admin_password postgres_exporter_dsn. Export TF_VAR_<name> for each, or list them as TF_VAR_<name>=... in a file named by OPSMON_SECRETS_FILE. Nothing was applied."
	if !strings.Contains(out, want) {
		t.Fatalf("output lacks %q:\n%s", want, out)
	}
}

func TestDeployOfAMalformedEnvironmentStopsNamingFileAndField(t *testing.T) {
	dir := envtest.DirWith(t, filepath.Join("..", "environments"), "local", func(s string) string {
		return strings.Replace(s, "alert_engine: prometheus", "alert_engine: prometheus\nretention_days: 30", 1)
	})
	out := deployMustFail(t, "local", "OPSMON_ENV_DIR="+dir)
	want := filepath.Join(dir, "local.yaml") + `: line 19: unknown field "retention_days"; allowed here: alert_engine, bind_address,`
	if !strings.Contains(out, want) {
		t.Fatalf("output lacks %q:\n%s", want, out)
	}
}
