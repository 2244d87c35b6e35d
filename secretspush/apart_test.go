package secretspush

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/secretsfile"
)

// readFixture reads testdata/apart/NAME.env through the real reader, from a
// private copy (git does not keep mode 0600).
func readFixture(t *testing.T, name string) (string, map[string]string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "apart", name+".env"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name+".env")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := secretsfile.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, f.Secrets
}

var sharedCases = map[string]string{
	"staging-shares-slack":     "slack_api_url is production's too (compared with %s); staging must never notify production's receivers: create an incoming webhook for staging's own channel",
	"staging-shares-pagerduty": "pagerduty_routing_key is production's too (compared with %s); staging must never notify production's receivers: give staging a PagerDuty service (integration key) of its own",
	"staging-shares-watchdog":  "watchdog_url is production's too (compared with %s); staging must never notify production's receivers: give staging a dead man's switch check of its own",
}

// With both files given, staging's push refuses any receiver secret production has.
func TestStagingRefusesProductionsReceiverSecretsFile(t *testing.T) {
	prodPath, prod := readFixture(t, "production")
	other := Other{File: prodPath, Values: prod}
	for fixture, msg := range sharedCases {
		_, staging := readFixture(t, fixture)
		_, err := Apart("staging", staging, other)
		if want := "staging: " + strings.Replace(msg, "%s", prodPath, 1); err == nil || err.Error() != want {
			t.Errorf("%s: err = %v\nwant %s", fixture, err, want)
		}
	}
	_, own := readFixture(t, "staging-own")
	if compared, err := Apart("staging", own, other); err != nil || len(compared) != 1 {
		t.Errorf("staging with its own receivers: compared %v, err %v", compared, err)
	}
}

// Without production's file, the fingerprints production's last push left here
// catch the same; they hold no value in clear, and a production push checks staging's.
func TestFingerprintsCatchASharedSecretInEitherOrder(t *testing.T) {
	dir := t.TempDir()
	_, prod := readFixture(t, "production")
	if err := Record(dir, "production", prod); err != nil {
		t.Fatal(err)
	}
	prints := filepath.Join(dir, "production.receivers")
	raw, err := os.ReadFile(prints)
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(prints); st.Mode().Perm() != 0o600 {
		t.Errorf("%s is mode %04o, want 0600", prints, st.Mode().Perm())
	}
	for name, v := range prod {
		if strings.Contains(string(raw), v) {
			t.Errorf("the fingerprints hold %s in clear", name)
		}
	}
	for fixture, msg := range sharedCases {
		_, staging := readFixture(t, fixture)
		_, err := Apart("staging", staging, Other{Dir: dir})
		if want := "staging: " + strings.Replace(msg, "%s", prints, 1); err == nil || err.Error() != want {
			t.Errorf("%s: err = %v\nwant %s", fixture, err, want)
		}
	}
	_, own := readFixture(t, "staging-own")
	if compared, err := Apart("staging", own, Other{Dir: dir}); err != nil || len(compared) != 1 || compared[0] != prints {
		t.Errorf("staging with its own receivers: compared %v, err %v", compared, err)
	}
	// The other order: staging pushed first, then production.
	dir2 := t.TempDir()
	_, shares := readFixture(t, "staging-shares-pagerduty")
	if err := Record(dir2, "staging", shares); err != nil {
		t.Fatal(err)
	}
	_, err = Apart("production", prod, Other{Dir: dir2})
	want := "production: pagerduty_routing_key is staging's too (compared with " + filepath.Join(dir2, "staging.receivers") +
		"); staging must never notify production's receivers: give staging a PagerDuty service (integration key) of its own"
	if err == nil || err.Error() != want {
		t.Errorf("production after staging: err = %v\nwant %s", err, want)
	}
}
