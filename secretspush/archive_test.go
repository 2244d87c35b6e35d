package secretspush

import (
	"bytes"
	"slices"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/hostplan/plantest"
)

func TestAnArchiveReadBackIsUnchanged(t *testing.T) {
	want := map[string]string{"slack_api_url": "https://hooks.example.com/x", "smtp_password": "p w`d`"}
	have, err := readArchive(bytes.NewReader(archive(want, 65534, 65534)))
	if err != nil {
		t.Fatal(err)
	}
	if got := changed(want, 65534, 65534, have); len(got) != 0 {
		t.Errorf("changed = %v, want none", got)
	}
	if got := changed(map[string]string{"slack_api_url": "https://hooks.example.com/y", "smtp_password": "p w`d`"}, 65534, 65534, have); !slices.Equal(got, []string{"slack_api_url"}) {
		t.Errorf("changed content: %v", got)
	}
	if got := changed(want, 472, 0, have); len(got) != 2 {
		t.Errorf("changed owner: %v, want both files", got)
	}
	if got := changed(map[string]string{"watchdog_url": "u"}, 65534, 65534, have); !slices.Equal(got, []string{"watchdog_url"}) {
		t.Errorf("missing file: %v", got)
	}
}

func TestOwnersMustBeNumeric(t *testing.T) {
	for user, want := range map[string][2]int{"65534:65534": {65534, 65534}, "472:0": {472, 0}, "10001": {10001, 10001}} {
		uid, gid, err := ownerOf(user)
		if err != nil || uid != want[0] || gid != want[1] {
			t.Errorf("ownerOf(%q) = %d, %d, %v", user, uid, gid, err)
		}
	}
	if _, _, err := ownerOf("postgres"); err == nil || err.Error() != `runs as user "postgres"; a secrets owner must be a numeric uid:gid (set the component's User in the model)` {
		t.Errorf("ownerOf(postgres): %v", err)
	}
}

func TestMissingSecretsAreNamedWithTheFile(t *testing.T) {
	plan := hostplan.Plan{Secrets: []hostplan.Secret{{Name: "slack_api_url"}, {Name: "smtp_password"}, {Name: "watchdog_url", Placeholder: "unused"}}}
	_, err := Values(plan, map[string]string{"smtp_password": "x"}, "/etc/opsmon/staging.env")
	if err == nil || err.Error() != "missing secrets: slack_api_url; add a line name=VALUE for each to /etc/opsmon/staging.env (mode 0600)" {
		t.Fatalf("err = %v", err)
	}
	got, err := Values(plan, map[string]string{"smtp_password": "x", "slack_api_url": "y"}, "f")
	if err != nil || got["watchdog_url"] != "unused" || got["slack_api_url"] != "y" {
		t.Errorf("values = %v, %v", got, err)
	}
}

// A web password that would break the healthcheck's URL or Grafana's JSON is
// refused, named, with the rule and a way to make a good one.
func TestWebPasswordsMustBeURLSafe(t *testing.T) {
	plan := plantest.Build(t, "production").Plan
	file := map[string]string{}
	for _, s := range plan.Secrets {
		file[s.Name] = "0123456789abcdef0123"
	}
	if _, err := Values(plan, file, "p.env"); err != nil {
		t.Fatalf("good values refused: %v", err)
	}
	file["prometheus_web_password"] = `pa"ss@word/12345678`
	_, err := Values(plan, file, "p.env")
	want := "in p.env, prometheus_web_password: use 16 or more of A-Z a-z 0-9 . _ ~ - (it is sent unescaped in a URL and in JSON); make one with: openssl rand -hex 24"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
	file["prometheus_web_password"] = "short"
	if _, err := Values(plan, file, "p.env"); err == nil {
		t.Fatal("a 5-character web password was accepted")
	}
}
