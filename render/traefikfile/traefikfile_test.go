package traefikfile

import (
	"encoding/base64"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

func staging(t *testing.T) model.Environment {
	t.Helper()
	env, err := model.LoadEnvironment("../../environments", "staging")
	if err != nil {
		t.Fatal(err)
	}
	return env
}

// Each API behind a login gets the middleware its router names, carrying its
// own user and password; nothing else is routed with one.
func TestEachAPIGetsItsOwnLogin(t *testing.T) {
	env := staging(t)
	raw, err := Render(env, map[string]string{model.SecretPrometheusWeb: "prom-pass-0123456789", model.SecretAlertmanagerWeb: "am-pass-0123456789"})
	if err != nil {
		t.Fatal(err)
	}
	var cfg Config
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"opsmon-staging-prometheus-login":   "opsmon:prom-pass-0123456789",
		"opsmon-staging-alertmanager-login": "opsmon:am-pass-0123456789",
	}
	if len(cfg.HTTP.Middlewares) != len(want) {
		t.Fatalf("middlewares %v, want %v", cfg.HTTP.Middlewares, want)
	}
	for name, login := range want {
		got := cfg.HTTP.Middlewares[name].Headers.CustomRequestHeaders["Authorization"]
		if got != "Basic "+base64.StdEncoding.EncodeToString([]byte(login)) {
			t.Errorf("%s: Authorization %q, want Basic of %s", name, got, login)
		}
	}
}

// A missing password is named, with who needs it.
func TestAMissingPasswordIsNamed(t *testing.T) {
	_, err := Render(staging(t), map[string]string{model.SecretPrometheusWeb: "prom-pass-0123456789"})
	want := "alertmanager_web_password: missing from the secrets file; Traefik hands it to alertmanager as its login"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
}
