package checks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copy600 copies a secrets fixture to a private file, as an operator keeps it.
func copy600(t *testing.T, fixture string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "secretspush", "testdata", "apart", fixture))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), fixture)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// A staging secrets push given production's file refuses production's webhook
// before it reaches any Docker engine, and prints no value.
func TestSecretsPushRefusesProductionsReceivers(t *testing.T) {
	staging, prod := copy600(t, "staging-shares-slack.env"), copy600(t, "production.env")
	out := refused(t, nil, "go", "run", "./cmd/opsmon", "secrets-push", "-env", "staging", "-file", staging,
		"-compare", prod, "-fingerprints", t.TempDir())
	wantLine(t, out, "staging: slack_api_url is production's too (compared with "+prod+"); staging must never notify production's receivers: create an incoming webhook for staging's own channel")
	if strings.Contains(out, "prodtoken") {
		t.Errorf("the refusal prints the secret:\n%s", out)
	}
}
