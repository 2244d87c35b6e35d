//go:build e2e

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/compose"
)

// TestComposeFileComesUp brings the local environment's rendered compose file up
// on the real engine, as an operator who runs compose instead of Terraform would,
// and sees every scrape target up. Its containers have the stack's names, so it
// needs the engine free of the local stack (make down first); data volumes it
// created are removed after, volumes that were there before are left alone.
func TestComposeFileComesUp(t *testing.T) {
	uses(t, machineEngine)
	env, err := model.LoadEnvironment(filepath.Join(root, "environments"), "local")
	if err != nil {
		t.Fatal(err)
	}
	if out, _ := exec.Command("docker", "ps", "-aq", "--filter", "name=^"+model.Prometheus+"$").Output(); len(strings.TrimSpace(string(out))) > 0 {
		t.Fatal("a prometheus container exists: the local stack is up; run make down first")
	}
	client := composeClient(t)
	dir := t.TempDir()
	run(t, nil, "go", "run", "./cmd/opsmon", "render", "-env", "local", "-out", dir)
	gid, err := exec.Command("stat", "-c", "%g", "/var/run/docker.sock").Output()
	if err != nil {
		t.Fatal(err)
	}
	vars := []string{"DOCKER_SOCKET_GID=" + strings.TrimSpace(string(gid))}
	file := filepath.Join(dir, compose.Path)
	composeRun := func(t *testing.T, args ...string) string {
		t.Helper()
		cmd := exec.Command(client[0], append(append(client[1:], "-p", "opsmon-compose", "-f", file), args...)...)
		cmd.Dir = filepath.Dir(file)
		cmd.Env = append(os.Environ(), vars...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", strings.Join(client, " "), strings.Join(args, " "), err, tail(string(out), 60))
		}
		return string(out)
	}
	fresh := !anyVolumeExists(env.DataVolumes())
	steps := []step{
		{"compose config accepts the file", func(t *testing.T) { composeRun(t, "config", "-q") }},
		// The secrets volumes are external: placed as for a Terraform deploy.
		{"make secrets-push", func(t *testing.T) { t.Log(run(t, nil, "scripts/secrets-push.sh", "local")) }},
		{"compose up", func(t *testing.T) { t.Log(composeRun(t, "up", "-d")) }},
		{"every target up", func(t *testing.T) { everyTargetUp(t, env) }},
	}
	failed := runInOrder(t, steps)
	args := []string{"down"}
	if fresh && failed == "" {
		args = append(args, "-v")
	}
	t.Log(composeRun(t, args...))
	if fresh && failed == "" {
		t.Log(run(t, nil, "scripts/purge.sh", "local")) // the secrets volumes and password too
	}
}

// composeClient is `docker compose` (the CLI plugin) or Debian's docker-compose.
func composeClient(t *testing.T) []string {
	if exec.Command("docker", "compose", "version").Run() == nil {
		return []string{"docker", "compose"}
	}
	if p, err := exec.LookPath("docker-compose"); err == nil {
		return []string{p}
	}
	t.Fatal("no compose client: neither `docker compose` nor docker-compose (Debian package docker-compose) is installed")
	return nil
}
