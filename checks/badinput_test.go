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
	want := "error: environment staging: no secrets file; set OPSMON_SECRETS_FILE=/path/to/staging.env (KEY=VALUE lines, mode 0600; docs/MONITORING_SETUP.md lists the keys). Nothing was applied."
	if !strings.Contains(out, want) {
		t.Fatalf("output lacks %q:\n%s", want, out)
	}
	f := secretsFile(t, "smtp_password=s3cret\n", 0o600)
	out = deployMustFail(t, "staging", "OPSMON_SECRETS_FILE="+f)
	want = "error: missing secrets: slack_api_url, pagerduty_routing_key, watchdog_url, prometheus_web_password, alertmanager_web_password, node_exporter_web_password, grafana_admin_password, postgres_exporter_password; add a line name=VALUE for each to " + f + " (mode 0600)"
	if !strings.Contains(out, want) {
		t.Fatalf("output lacks %q:\n%s", want, out)
	}
}

// A secrets file is data: one others can read is refused, and shell code in it is
// never run.
func TestSecretsFilesAreReadLiterallyAndPrivately(t *testing.T) {
	f := secretsFile(t, "slack_api_url=x\n", 0o644)
	out := deployMustFail(t, "staging", "OPSMON_SECRETS_FILE="+f)
	if want := f + " is mode 0644: a secrets file must be readable by its owner only; run chmod 600 " + f; !strings.Contains(out, want) {
		t.Fatalf("output lacks %q:\n%s", want, out)
	}
	marker := filepath.Join(t.TempDir(), "ran")
	f = secretsFile(t, "smtp_password=`touch "+marker+"`$(touch "+marker+")\ntouch "+marker+"\n", 0o600)
	out = deployMustFail(t, "staging", "OPSMON_SECRETS_FILE="+f)
	if want := f + ":2: not KEY=VALUE"; !strings.Contains(out, want) {
		t.Fatalf("output lacks %q:\n%s", want, out)
	}
	if _, err := os.Stat(marker); err == nil {
		t.Fatal("a command in the secrets file was run")
	}
}

func secretsFile(t *testing.T, body string, mode os.FileMode) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "staging.env")
	if err := os.WriteFile(f, []byte(body), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(f, mode); err != nil {
		t.Fatal(err)
	}
	return f
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
