//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

const (
	statePG       = "opsmon-test-state-pg"
	statePGPort   = "15432"
	statePGSchema = "opsmon_staging_host"
)

// TestStagingWorkflows runs the operator workflows on staging, with this machine's
// Docker engine standing in for the staging host: state in a real PostgreSQL with
// its lock, a version bump's plan naming exactly the replaced container, and
// `make recreate` keeping the data volumes. It runs after TestLocalStack (file
// order), which leaves the engine free.
func TestStagingWorkflows(t *testing.T) {
	envDir, envVars := stagingStandIn(t)
	t.Cleanup(func() {
		exec.Command(filepath.Join(root, "scripts/stack.sh"), "destroy", "staging", "staging-host").Run()
		exec.Command("docker", "rm", "-f", "-v", statePG).Run()
		exec.Command(filepath.Join(root, "scripts/purge.sh"), "staging").Run()
		for _, n := range []string{"unicorn-network", "web", "uchub-network"} {
			exec.Command("docker", "network", "rm", n).Run()
		}
	})
	cmd := func(t *testing.T, args ...string) string {
		t.Helper()
		c := exec.Command(args[0], args[1:]...)
		c.Dir = root
		c.Env = append(os.Environ(), append(envVars, "OPSMON_ENV_DIR="+envDir)...)
		out, err := c.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, tail(string(out), 40))
		}
		return string(out)
	}
	steps := []struct {
		name string
		fn   func(*testing.T)
	}{
		{"deploy staging with state in PostgreSQL", func(t *testing.T) {
			cmd(t, "scripts/stack.sh", "deploy", "staging", "staging-host")
			rows := psql(t, fmt.Sprintf("select name from %s.states", statePGSchema))
			if strings.TrimSpace(rows) != "default" {
				t.Fatalf("state rows in %s.states = %q, want the default workspace", statePGSchema, rows)
			}
		}},
		{"a held state lock stops a second apply", func(t *testing.T) { stateLockHolds(t, envVars) }},
		{"a version bump replaces exactly that container", func(t *testing.T) { versionBump(t, envDir, cmd) }},
		{"make recreate keeps the data volumes", func(t *testing.T) {
			// A sample scraped before the recreate must be there after it.
			time.Sleep(20 * time.Second)
			before := fmt.Sprintf("count(up{job=\"prometheus\"} @ %d)", time.Now().Add(-5*time.Second).Unix())
			if got := promtoolQuery(t, before); got == "" {
				t.Fatalf("no sample before the recreate")
			}
			out := cmd(t, "scripts/recreate.sh", "staging")
			t.Log(tail(out, 8))
			for _, v := range []string{"opsmon-staging-prometheus-data", "opsmon-staging-alertmanager-data"} {
				if !strings.Contains(out, "data volume kept: "+v) {
					t.Errorf("recreate did not report %s kept:\n%s", v, tail(out, 10))
				}
			}
			if !strings.Contains(out, "recreated staging-host in ") {
				t.Errorf("recreate did not print its duration")
			}
			eventually(t, time.Minute, 2*time.Second, "pre-recreate sample queryable", func() string {
				if promtoolQuery(t, before) == "" {
					return "series lost"
				}
				return ""
			})
		}},
	}
	for _, s := range steps {
		if !t.Run(s.name, s.fn) {
			return
		}
	}
}

// stagingStandIn writes environment files where staging runs the locally built
// images and keeps every address on this machine, starts the state PostgreSQL and
// creates the networks staging expects to exist. It returns the folder and the
// environment (secrets, libpq PG* variables) a deploy needs.
func stagingStandIn(t *testing.T) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	for _, name := range model.EnvironmentNames {
		b, err := os.ReadFile(filepath.Join(root, "environments", name+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if name == "staging" {
			for old, repl := range map[string]string{
				"images: upstream":                                          "images: local",
				"smarthost: smtp.magicunicorn.tech:587":                     "smarthost: 127.0.0.1:2525",
				"public_urls:\n  - https://ops.staging.magicunicorn.tech\n": "public_urls: []\n",
				"state:\n  backend: local\n  path: state/staging.tfstate\n": "state:\n  backend: pg\n  schema_name: opsmon\n",
			} {
				if !strings.Contains(text, old) {
					t.Fatalf("staging.yaml no longer contains %q; update the stand-in", old)
				}
				text = strings.Replace(text, old, repl, 1)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, name+".yaml"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range []string{"unicorn-network", "web", "uchub-network"} {
		exec.Command("docker", "network", "create", n).Run() // may exist already
	}
	pw := fmt.Sprintf("state-%d", time.Now().UnixNano())
	exec.Command("docker", "rm", "-f", "-v", statePG).Run()
	if out, err := exec.Command("docker", "run", "-d", "--name", statePG, "-p", "127.0.0.1:"+statePGPort+":5432",
		"-e", "POSTGRES_PASSWORD="+pw, "-e", "OPSCENTER_DB_PASSWORD="+pw, "-e", "EXPORTER_DB_PASSWORD="+pw,
		"opsmon-local/postgresql:15").CombinedOutput(); err != nil {
		t.Fatalf("start state PostgreSQL: %v %s", err, out)
	}
	eventually(t, time.Minute, time.Second, "state PostgreSQL ready", func() string {
		if err := exec.Command("docker", "exec", statePG, "pg_isready", "-h", "127.0.0.1", "-U", "postgres").Run(); err != nil {
			return err.Error()
		}
		return ""
	})
	sink := "http://127.0.0.1:1/unreachable" // deliveries stay on this machine and fail
	return dir, []string{
		"PGHOST=127.0.0.1", "PGPORT=" + statePGPort, "PGUSER=postgres", "PGPASSWORD=" + pw, "PGDATABASE=postgres", "PGSSLMODE=disable",
		"TF_VAR_slack_api_url=" + sink, "TF_VAR_watchdog_url=" + sink,
		"TF_VAR_pagerduty_routing_key=staging-test-key", "TF_VAR_smtp_password=staging-test",
		"TF_VAR_postgres_exporter_dsn=postgresql://postgres_exporter:x@127.0.0.1:1/postgres?sslmode=disable",
	}
}

func psql(t *testing.T, sql string) string {
	t.Helper()
	out, err := exec.Command("docker", "exec", statePG, "psql", "-U", "postgres", "-At", "-c", sql).CombinedOutput()
	if err != nil {
		t.Fatalf("psql %q: %v %s", sql, err, out)
	}
	return string(out)
}

// stateLockHolds takes the advisory lock OpenTofu's pg backend takes on the state
// row, from another session, and shows a plan that wants the lock is refused.
func stateLockHolds(t *testing.T, envVars []string) {
	id := strings.TrimSpace(psql(t, fmt.Sprintf("select id from %s.states where name = 'default'", statePGSchema)))
	holder := exec.Command("docker", "exec", statePG, "psql", "-U", "postgres", "-At", "-c",
		fmt.Sprintf("select pg_advisory_lock(%s); select pg_sleep(25);", id))
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Wait()
	eventually(t, 10*time.Second, 500*time.Millisecond, "lock held by the other session", func() string {
		n := strings.TrimSpace(psql(t, fmt.Sprintf("select count(*) from pg_locks where locktype = 'advisory' and objid = %s", id)))
		if n == "0" {
			return "not yet"
		}
		return ""
	})
	plan := exec.Command(filepath.Join(root, ".cache/bin/tofu"), "plan", "-input=false", "-no-color", "-lock-timeout=2s")
	plan.Dir = filepath.Join(root, "cdktf.out/stacks/staging-host")
	plan.Env = append(os.Environ(), envVars...)
	out, err := plan.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "Error acquiring the state lock") {
		t.Fatalf("plan under a held lock: err=%v\n%s", err, tail(string(out), 20))
	}
}

// versionBump points one component at a new image tag (the one change an upgrade
// is) and checks the plan summary replaces that container and no other.
func versionBump(t *testing.T, envDir string, cmd func(*testing.T, ...string) string) {
	bumped := "opsmon-local/blackbox-exporter:v0.28.0-bump"
	if out, err := exec.Command("docker", "tag", "opsmon-local/blackbox-exporter:v0.28.0", bumped).CombinedOutput(); err != nil {
		t.Fatalf("docker tag: %v %s", err, out)
	}
	defer exec.Command("docker", "rmi", bumped).Run()
	path := filepath.Join(envDir, "staging.yaml")
	orig, _ := os.ReadFile(path)
	defer os.WriteFile(path, orig, 0o644)
	bump := strings.Replace(string(orig), "images: local", "images: local\nimage_overrides:\n  blackbox-exporter: "+bumped, 1)
	if err := os.WriteFile(path, []byte(bump), 0o644); err != nil {
		t.Fatal(err)
	}
	out := cmd(t, "scripts/plan.sh", "staging")
	t.Log(tail(out, 20))
	for _, want := range []string{"to replace", "  replace  docker_container   blackbox-exporter"} {
		if !strings.Contains(out, want) {
			t.Errorf("plan summary lacks %q", want)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "docker_container") && !strings.Contains(line, "blackbox-exporter") {
			t.Errorf("the bump touches another container: %s", line)
		}
	}
}

// promtoolQuery asks staging's Prometheus (no host port) through the promtool
// inside its container; "" when the result is empty.
func promtoolQuery(t *testing.T, expr string) string {
	t.Helper()
	out, err := exec.Command("docker", "exec", model.Prometheus, "/bin/promtool", "query", "instant", "http://127.0.0.1:9090", expr).CombinedOutput()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
