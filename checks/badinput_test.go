package checks

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// deployMustFail runs scripts/stack.sh deploy ENV with only the given variables
// besides PATH and HOME-like basics, and returns its output; it must fail.
func deployMustFail(t *testing.T, env string, extra ...string) string {
	t.Helper()
	return mustFail(t, []string{"scripts/stack.sh", "deploy", env}, extra...)
}

// mustFail runs a project script as deployMustFail does.
func mustFail(t *testing.T, script []string, extra ...string) string {
	t.Helper()
	cmd := exec.Command(script[0], script[1:]...)
	cmd.Dir = ".."
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TF_VAR_") && !strings.HasPrefix(kv, "OPSMON_SECRETS_FILE=") && !strings.HasPrefix(kv, "OPSMON_ENV_DIR=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, extra...)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("%v succeeded; want it refused:\n%s", script, out)
	}
	if strings.Contains(string(out), "Synthesizing") || strings.Contains(string(out), "Deploying") {
		t.Fatalf("%v reached cdktf before refusing:\n%s", script, out)
	}
	return string(out)
}

// A push needs the secrets file (a deploy needs none: it checks what the last push
// left, e2e TestRemoteHost); refused before the host is reached, naming what is missing.
func TestSecretsPushWithoutSecretsStopsNamingThem(t *testing.T) {
	push := []string{"scripts/secrets-push.sh", "staging"}
	pg := "PG_CONN_STR=postgres://opsmon:x@127.0.0.1:1/opsmon"
	out := mustFail(t, push, pg)
	want := "error: environment staging: no secrets file; set OPSMON_SECRETS_FILE=/path/to/staging.env (KEY=VALUE lines, mode 0600; docs/MONITORING_SETUP.md lists the keys). Nothing was applied."
	if !strings.Contains(out, want) {
		t.Fatalf("output lacks %q:\n%s", want, out)
	}
	if strings.Contains(out, "cannot reach") {
		t.Errorf("the push reached for the host before asking for the secrets file:\n%s", out)
	}
	f := secretsFile(t, "smtp_password=s3cret\n", 0o600)
	out = mustFail(t, push, pg, "OPSMON_SECRETS_FILE="+f, "OPSMON_ENV_DIR="+stagingHere(t))
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

// stagingHere is an environments folder whose staging keeps local state and
// deploys to this machine's engine.
func stagingHere(t *testing.T) string {
	t.Helper()
	return envtest.DirWith(t, filepath.Join("..", "environments"), "staging", func(s string) string {
		i := strings.Index(s, "\nstate:\n")
		if i < 0 {
			t.Fatal("staging.yaml has no state block")
		}
		// The state and docker blocks end the file.
		return s[:i] + "\nstate:\n  backend: local\n  path: state\ndocker:\n  host: unix:///var/run/docker.sock\n"
	})
}
