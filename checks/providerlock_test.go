package checks

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The stacks' tofu init runs with the committed .terraform.lock.hcl in place
// (place_provider_lock in scripts/lib.sh): it installs the docker provider from
// the offline mirror only when the provider's files hash as the lock records.

const lockedProvider = "registry.terraform.io/kreuzwerker/docker"

var lockedVersion = regexp.MustCompile(`(?m)^\s*version\s*=\s*"([^"]+)"`)

// lockInit runs tofu init in a fresh folder holding lock and a configuration
// requiring the locked provider, with the CLI config tofurc; it returns init's
// output with its line wrapping undone.
func lockInit(t *testing.T, lock, tofurc string) (string, error) {
	t.Helper()
	tofu := setupTool(t, "tofu")
	m := lockedVersion.FindStringSubmatch(lock)
	if m == nil {
		t.Fatalf("the lock names no version:\n%s", lock)
	}
	dir := t.TempDir()
	conf := `{"terraform":{"required_providers":{"docker":{"source":"` + lockedProvider + `","version":"` + m[1] + `"}}}}`
	for name, text := range map[string]string{"main.tf.json": conf, ".terraform.lock.hcl": lock} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(tofu, "init", "-backend=false", "-input=false", "-no-color")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+tofurc, "CHECKPOINT_DISABLE=1")
	out, err := cmd.CombinedOutput()
	return strings.Join(strings.Fields(string(out)), " "), err
}

// projectLock is the committed lock and the CLI config setup wrote (its mirror).
func projectLock(t *testing.T) (string, string) {
	t.Helper()
	b, err := os.ReadFile("../.terraform.lock.hcl")
	if err != nil {
		t.Fatalf("the provider lock is not committed: %v; run make provider-lock", err)
	}
	tofurc := os.Getenv("TF_CLI_CONFIG_FILE")
	if _, err := os.Stat(tofurc); err != nil {
		if os.Getenv("OPSMON_REQUIRE_TOOLS") == "1" {
			t.Fatalf("no tofu CLI config at %q: %v; run make setup", tofurc, err)
		}
		t.Skip("no tofu CLI config; run via scripts/test.sh after make setup")
	}
	return string(b), tofurc
}

const refusedPackage = "the local package for " + lockedProvider + " %s doesn't match any of the checksums previously recorded in the dependency lock file"

func TestCommittedProviderLockMatchesTheMirror(t *testing.T) {
	lock, tofurc := projectLock(t)
	if out, err := lockInit(t, lock, tofurc); err != nil {
		t.Fatalf("tofu init with the committed lock: %v\n%s\nthe provider built here does not hash as committed: scripts/provider-lock.sh -check says why", err, out)
	}
}

func TestTamperedProviderLockIsRefused(t *testing.T) {
	lock, tofurc := projectLock(t)
	h1 := regexp.MustCompile(`"h1:[A-Za-z0-9+/]{43}=`)
	if !h1.MatchString(lock) {
		t.Fatalf("the committed lock holds no h1: hash:\n%s", lock)
	}
	tampered := h1.ReplaceAllString(lock, `"h1:`+strings.Repeat("A", 43)+`=`)
	out, err := lockInit(t, tampered, tofurc)
	want := strings.Replace(refusedPackage, "%s", lockedVersion.FindStringSubmatch(lock)[1], 1)
	if err == nil || !strings.Contains(out, want) {
		t.Fatalf("tofu init with a tampered lock: err=%v; want %q in:\n%s", err, want, out)
	}
}

// TestTamperedProviderBinaryIsRefused: a mirror whose provider binary gained
// one byte, under the committed lock.
func TestTamperedProviderBinaryIsRefused(t *testing.T) {
	lock, tofurc := projectLock(t)
	conf, err := os.ReadFile(tofurc)
	if err != nil {
		t.Fatal(err)
	}
	mirror := regexp.MustCompile(`path\s*=\s*"([^"]+)"`).FindStringSubmatch(string(conf))
	if mirror == nil {
		t.Fatalf("%s names no filesystem mirror:\n%s", tofurc, conf)
	}
	version := lockedVersion.FindStringSubmatch(lock)[1]
	src := filepath.Join(mirror[1], lockedProvider, version, "linux_amd64")
	files, err := filepath.Glob(filepath.Join(src, "terraform-provider-docker_*"))
	if err != nil || len(files) != 1 {
		t.Fatalf("the mirror holds %v under %s (%v); run make setup", files, src, err)
	}
	bin, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	fake := t.TempDir()
	dest := filepath.Join(fake, lockedProvider, version, "linux_amd64")
	if err := os.MkdirAll(dest, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dest, filepath.Base(files[0])), append(bin, 0), 0o755); err != nil {
		t.Fatal(err)
	}
	fakeConf := strings.Replace(string(conf), mirror[1], fake, 1)
	fakeRC := filepath.Join(fake, "tofurc")
	if err := os.WriteFile(fakeRC, []byte(fakeConf), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := lockInit(t, lock, fakeRC)
	want := strings.Replace(refusedPackage, "%s", version, 1)
	if err == nil || !strings.Contains(out, want) {
		t.Fatalf("tofu init of a tampered provider binary: err=%v; want %q in:\n%s", err, want, out)
	}
}

// TestSetupNamesTheFixForALockTheBuildDoesNotMatch: setup's check of the
// committed lock against the mirror says which hash each holds and what to do.
func TestSetupNamesTheFixForALockTheBuildDoesNotMatch(t *testing.T) {
	lock, _ := projectLock(t)
	setupTool(t, "tofu")
	h1 := regexp.MustCompile(`"h1:[A-Za-z0-9+/]{43}="`).FindString(lock)
	if h1 == "" {
		t.Fatalf("the committed lock holds no h1: hash:\n%s", lock)
	}
	bad := `"h1:` + strings.Repeat("A", 43) + `="`
	path := filepath.Join(t.TempDir(), "tampered.hcl")
	if err := os.WriteFile(path, []byte(strings.Replace(lock, h1, bad, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("scripts/provider-lock.sh", "-check", path)
	cmd.Dir = ".."
	out, err := cmd.CombinedOutput()
	mirror := filepath.Join(os.Getenv("OPSMON_CACHE"), "provider-mirror")
	if os.Getenv("OPSMON_CACHE") == "" {
		mirror, _ = filepath.Abs("../.cache/provider-mirror")
	}
	want := "error: the docker provider in " + mirror + " hashes to " + strings.Trim(h1, `"`) + ", but " + path +
		" records " + strings.Trim(bad, `"`) + "; tofu init will refuse it. If you changed DOCKER_PROVIDER_VERSION or its build on purpose, run: make provider-lock, and commit .terraform.lock.hcl. Otherwise this build differs (another Go than DOCKER_PROVIDER_GO in scripts/versions.sh, or other flags) or the mirror was altered: remove it and the docker_provider folder of the toolchain cache, then run scripts/setup.sh docker_provider.\n"
	if err == nil || string(out) != want {
		t.Fatalf("provider-lock.sh -check of a tampered lock: err=%v\ngot:  %q\nwant: %q", err, out, want)
	}
}

// TestScriptsPlaceTheLockBeforeInit: every script that inits a stack (tofu init,
// or cdktf diff/deploy/destroy, which init) places the committed lock first.
func TestScriptsPlaceTheLockBeforeInit(t *testing.T) {
	inits := regexp.MustCompile(`(?m)^[^#\n]*\b(tofu init|cdktf (diff|deploy|destroy))\b`)
	placesLock := regexp.MustCompile(`(?m)^[^#\n]*\bplace_provider_lock\b`)
	files, err := filepath.Glob("../scripts/*.sh")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		first := inits.FindStringIndex(text)
		// lib.sh defines place_provider_lock; provider-lock.sh inits no stack.
		if first == nil || strings.HasSuffix(f, "/lib.sh") || strings.HasSuffix(f, "/provider-lock.sh") {
			continue
		}
		checked++
		place := placesLock.FindStringIndex(text)
		if place == nil || place[0] > first[0] {
			t.Errorf("%s runs %q before place_provider_lock: its init would not check the committed .terraform.lock.hcl", filepath.Base(f), inits.FindString(text))
		}
	}
	if checked < 3 {
		t.Errorf("found %d scripts that init a stack; want stack.sh, plan.sh and apply-plan.sh at least", checked)
	}
}
