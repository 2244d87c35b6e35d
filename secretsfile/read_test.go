package secretsfile

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// Values are taken literally: backticks, $( ) and spaces stay as written, and
// nothing in the file is run.
func TestValuesAreTakenLiterally(t *testing.T) {
	f, err := Read(fixture(t, "literal.env", 0o600))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Secrets["slack_api_url"]; got != "https://hooks.example.com/a b`id`$(id)" {
		t.Errorf("slack_api_url = %q", got)
	}
	if got := f.Secrets["pagerduty_routing_key"]; got != " spaced value " {
		t.Errorf("pagerduty_routing_key = %q", got)
	}
	if !slices.Equal(f.Settings, []string{"PG_CONN_STR=postgres://u:p@h/db"}) {
		t.Errorf("settings = %q", f.Settings)
	}
}

func TestAFileOthersCanReadIsRefused(t *testing.T) {
	path := fixture(t, "world-readable.env", 0o644)
	_, err := Read(path)
	want := path + " is mode 0644: a secrets file must be readable by its owner only; run chmod 600 " + path
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
}

func TestMalformedLinesNameTheLineAndTheFix(t *testing.T) {
	path := fixture(t, "malformed.env", 0o600)
	_, err := Read(path)
	if err == nil {
		t.Fatal("malformed file accepted")
	}
	want := []string{
		path + ":1: not KEY=VALUE; write a key of letters, digits and _, then =, then the value, which is taken literally up to the end of the line",
		path + ":2: not KEY=VALUE; write a key of letters, digits and _, then =, then the value, which is taken literally up to the end of the line",
		path + ":4: smtp_password is set twice (first on line 3); keep one",
		path + ":5: TF_VAR_watchdog_url: secrets are no longer Terraform variables; rename the key to watchdog_url (make secrets-push places it on the host)",
	}
	if got := strings.Split(err.Error(), "\n"); !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// fixture copies a testdata file with the given mode (git keeps only the x bit).
func fixture(t *testing.T, name string, mode os.FileMode) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/" + name
	if err := os.WriteFile(path, b, mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	return path
}

// Only the state backend's settings are exported: keys that would steer the
// shell, the dynamic linker or tofu are refused, each named with the fix.
func TestKeysThatWouldSteerTheToolsAreRefused(t *testing.T) {
	path := fixture(t, "steering.env", 0o600)
	_, err := Read(path)
	if err == nil {
		t.Fatal("a file setting PATH, BASH_ENV, LD_PRELOAD and TF_CLI_ARGS_apply was accepted")
	}
	var want []string
	for i, k := range []string{"PATH", "BASH_ENV", "LD_PRELOAD", "TF_CLI_ARGS_apply"} {
		want = append(want, fmt.Sprintf("%s:%d: %s is not a setting this file may hold; it takes the state backend's %s, and secrets in lower case. Set anything else in the command's own environment",
			path, i+2, k, strings.Join(AllowedSettings, ", ")))
	}
	if got := strings.Split(err.Error(), "\n"); !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The state backend's own settings pass, in file order.
func TestStateSettingsAreKept(t *testing.T) {
	path := fixture(t, "steering.env", 0o600)
	f, _ := Read(path)
	if want := []string{"PGPASSWORD=state-password", "AWS_ACCESS_KEY_ID=AKIAEXAMPLE"}; !slices.Equal(f.Settings, want) {
		t.Errorf("settings = %q, want %q", f.Settings, want)
	}
}
