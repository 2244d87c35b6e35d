// Package envtest gives tests a private copy of the environment files, for
// OPSMON_ENV_DIR, with one environment's file changed.
package envtest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// DirWith copies every environment file from src into a temporary directory, env's
// passed through edit, and returns the directory.
func DirWith(t testing.TB, src, env string, edit func(string) string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range model.EnvironmentNames {
		b, err := os.ReadFile(filepath.Join(src, name+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if name == env {
			b = []byte(edit(string(b)))
		}
		if err := os.WriteFile(filepath.Join(dir, name+".yaml"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// LocalWithThanos is src's local environment with an ha: section running Thanos,
// as the HA bench runs it (its bucket on the local SeaweedFS stand-in): the kind of
// environment that deploys the Thanos alerts.
func LocalWithThanos(t testing.TB, src string) model.Environment {
	t.Helper()
	dir := DirWith(t, src, "local", func(s string) string {
		return s + "ha:\n  prometheus_replicas: 2\n  alertmanager_peers: 3\n" +
			"  thanos: {bucket: opsmon-metrics, endpoint: \"seaweedfs:8333\", insecure: true}\n"
	})
	env, err := model.LoadEnvironment(dir, "local")
	if err != nil {
		t.Fatal(err)
	}
	return env
}
