package secretspush

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prometheus/exporter-toolkit/web"
	"golang.org/x/crypto/bcrypt"
	"gopkg.in/yaml.v3"
)

func hashOf(t *testing.T, cfg string) string {
	t.Helper()
	var doc webConfigDoc
	if err := yaml.Unmarshal([]byte(cfg), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.BasicAuthUsers["opsmon"]
}

// The file is one Prometheus's own toolkit accepts, and its hash is the password's.
func TestWebConfigIsValidAndMatchesThePassword(t *testing.T) {
	cfg, err := webConfig("", "s3cret-password-1", nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "web.yml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := web.Validate(path); err != nil {
		t.Fatalf("exporter-toolkit refuses the web config: %v\n%s", err, cfg)
	}
	if bcrypt.CompareHashAndPassword([]byte(hashOf(t, cfg)), []byte("s3cret-password-1")) != nil {
		t.Fatalf("hash does not match the password:\n%s", cfg)
	}
	if strings.Contains(cfg, "s3cret-password-1") {
		t.Fatal("the web config holds the password itself")
	}
}

// A push of the same password keeps the file (no rewrite, no restart); a new
// password, or a file someone edited, gets a new one.
func TestWebConfigIsKeptWhileItMatches(t *testing.T) {
	first, err := webConfig("", "password-one-abc", nil)
	if err != nil {
		t.Fatal(err)
	}
	again, err := webConfig(first, "password-one-abc", nil)
	if err != nil || again != first {
		t.Fatalf("same password rewrote the file (%v):\n%s\nwas\n%s", err, again, first)
	}
	changed, err := webConfig(first, "password-two-xyz", nil)
	if err != nil || changed == first || bcrypt.CompareHashAndPassword([]byte(hashOf(t, changed)), []byte("password-two-xyz")) != nil {
		t.Fatalf("a new password did not get a new hash (%v):\n%s", err, changed)
	}
	extra := first + "  intruder: " + hashOf(t, first) + "\n"
	if got, _ := webConfig(extra, "password-one-abc", nil); got == extra {
		t.Fatalf("a file with a second user was kept:\n%s", got)
	}
}
