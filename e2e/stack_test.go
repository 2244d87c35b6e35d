//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// TestLocalStack walks the operator's path on the real Docker engine: deploy, every
// target up, a no-op second plan, restarts that lose nothing, real faults, a config
// change applied, destroy keeping data, and a deploy that finds it again.
// The steps share one deployment, so they run in order and stop at the first failure.
func TestLocalStack(t *testing.T) {
	uses(t, machineEngine)
	env, err := model.LoadEnvironment(filepath.Join(root, "environments"), "local")
	if err != nil {
		t.Fatal(err)
	}
	lost := &nothingLost{}
	var restarts []restartRow
	var deployOut string
	steps := []step{
		{"deploy", func(t *testing.T) { deployOut = run(t, nil, "scripts/stack.sh", "deploy", "local") }},
		{"no secret in the local state, docker inspect or the deploy's output", func(t *testing.T) { noLocalSecret(t, deployOut) }},
		{"every target up", func(t *testing.T) { everyTargetUp(t, env) }},
		{"exporter metrics are live", liveMetrics},
		{"node-exporter sees the host's interfaces: bytes through a bridge move its counter", func(t *testing.T) { hostInterfaceMoves(t, env) }},
		{"attacks on the running stack are refused", attacksRefused},
		{"second plan shows no changes", func(t *testing.T) { noChanges(t, nil) }},
		{"alertmanager restart keeps silences", lost.restartKeepsSilence},
		{"prometheus restart keeps series", restartKeepsSeries},
		{"paging resumes within its bound after each restart", restartsStep(&restarts, env)},
		{"real faults reach the right people in time", testFaults},
		{"every dashboard query runs and has data", func(t *testing.T) {
			// After the faults: the stack has minutes of history and real errors,
			// slow queries and failed logins. The lint package's live test names every
			// panel whose source does not run here.
			t.Log(run(t, []string{"PROMETHEUS_URL=" + withAuth(promURL)}, "go", "test", "-count=1", "-run", "TestLiveQueries", "-v", "./lint"))
		}},
		// Every alert of the catalog through Alertmanager: TestEveryAlertDelivered, in
		// a lane of its own.
		{"config change is applied; the replace keeps a silence made just before it", lost.configChangeKeepsSilence},
		{"destroy keeps data volumes", func(t *testing.T) {
			lost.markBeforeDestroy(t)
			destroyKeepsVolumes(t, env)
		}},
		// Killed part-way (kill -9 of its process group), then run again: the plain
		// command finishes the job (issue 27).
		{"a deploy killed mid-apply, then run again, comes back healthy with its data and plans no changes", func(t *testing.T) { lost.interruptedDeployConverges(t, env) }},
		{"destroy again keeps data volumes", func(t *testing.T) { destroyKeepsVolumes(t, env) }},
	}
	// Volumes this run created are its own: once every step passed they are purged,
	// so the next checkout on this engine starts from nothing. Data that was here
	// before the test (an operator's local stack) is never touched.
	fresh := !anyVolumeExists(env.DataVolumes())
	failed := runInOrder(t, steps)
	if failed == "" {
		if fresh {
			t.Log(run(t, nil, "scripts/purge.sh", "local"))
		}
		return
	}
	// A failed step must not fail the tests after it (they need the engine free):
	// log what the stack looked like, then take it down, unless asked to keep it.
	t.Logf("stopping after failed step %q", failed)
	logStackState(t, env)
	if os.Getenv("OPSMON_KEEP_FAILED") == "1" {
		t.Log("OPSMON_KEEP_FAILED=1: containers left for inspection (make down removes them)")
		return
	}
	if out, err := runOut(nil, "scripts/stack.sh", "destroy", "local"); err != nil {
		t.Logf("cleanup: destroy local: %v\n%s", err, tail(out, 20))
	}
	if fresh {
		if out, err := runOut(nil, "scripts/purge.sh", "local"); err != nil {
			t.Logf("cleanup: purge local: %v\n%s", err, tail(out, 20))
		}
	}
}

// logStackState writes what an operator would look at first into the test log: the
// containers' states and the last lines of Prometheus's and Alertmanager's logs.
func logStackState(t *testing.T, env model.Environment) {
	out, _ := exec.Command("docker", "ps", "-a", "--format", "{{.Names}}\t{{.Status}}").CombinedOutput()
	t.Logf("containers:\n%s", out)
	for _, c := range []string{model.Prometheus, model.Alertmanager} {
		if env.Has(c) {
			logs, _ := exec.Command("docker", "logs", "--tail", "30", c).CombinedOutput()
			t.Logf("docker logs --tail 30 %s:\n%s", c, logs)
		}
	}
}

func anyVolumeExists(names []string) bool {
	for _, v := range names {
		if exec.Command("docker", "volume", "inspect", v).Run() == nil {
			return true
		}
	}
	return false
}

func everyTargetUp(t *testing.T, env model.Environment) {
	wantJobs := map[string]bool{model.JobDockerSD: false}
	for _, j := range env.Jobs() {
		wantJobs[j.Name] = false
	}
	eventually(t, 3*time.Minute, 3*time.Second, "every scrape target up", func() string {
		ts, err := targets()
		if err != nil {
			return err.Error()
		}
		var down []string
		seen := map[string]bool{}
		for _, tg := range ts {
			job := tg.Labels["job"]
			if job == model.NotificationSink {
				job = model.JobDockerSD // the sink is found by Docker service discovery
			}
			seen[job] = true
			if tg.Health != "up" {
				down = append(down, fmt.Sprintf("%s/%s (%s)", tg.Labels["job"], tg.Labels["instance"], tg.LastError))
			}
		}
		for j := range wantJobs {
			if !seen[j] {
				down = append(down, j+" has no target")
			}
		}
		sort.Strings(down)
		return strings.Join(down, "; ")
	})
	for name, why := range env.Absent() {
		t.Logf("named exception, not run locally: %s (%s)", name, why)
	}
}

// liveMetrics reads one true value from each exporter: what it reports must come
// from the real service behind it.
func liveMetrics(t *testing.T) {
	checks := map[string]string{
		"PostgreSQL reachable":       `pg_up{job="postgresql"} == 1`,
		"both Redis reachable":       `count(redis_up{job="redis"} == 1) == 2`,
		"node filesystem seen":       `count(node_filesystem_size_bytes{job="node"}) > 0`,
		"blackbox probes Ops-Center": `probe_success{job="blackbox-http",service="ops-center"} == 1`,
		"demo backend requests":      `sum(ops_center_api_requests_total{job="ops-center"}) > 0`,
		"rules loaded":               `count(prometheus_rule_group_rules) > 0`,
		"alertmanager discovered":    `prometheus_notifications_alertmanagers_discovered == 1`,
	}
	for what, expr := range checks {
		eventuallyHasData(t, 90*time.Second, what, expr, "no result for "+expr)
	}
}

// noChanges runs a plan against the deployed state: exit code 0 means no change.
func noChanges(t *testing.T, env []string) {
	out := run(t, env, "scripts/stack.sh", "plan-check", "local")
	if !strings.Contains(out, "No changes") {
		t.Fatalf("second plan is not empty:\n%s", tail(out, 40))
	}
}

// restartKeepsSeries restarts Prometheus and reads a sample scraped before it.
func restartKeepsSeries(t *testing.T) {
	before := time.Now().Add(-10 * time.Second).Unix()
	expr := fmt.Sprintf(`up{job="prometheus"} @ %d`, before)
	if res, err := query(expr); err != nil || len(res) == 0 {
		t.Fatalf("no sample before restart: %v %v", res, err)
	}
	if out, err := exec.Command("docker", "restart", model.Prometheus).CombinedOutput(); err != nil {
		t.Fatalf("docker restart: %v %s", err, out)
	}
	eventuallyHasData(t, 90*time.Second, "sample from before the restart is queryable", expr, "series lost")
}

// configChangeApplied switches the local environment to the production timing
// profile in a copy of environments/, deploys, and sees Prometheus load it.
// The timing profile is in alertmanager.yml and prometheus.yml: the deploy replaces
// both containers. A silence created just before, with no restart in between, is in
// Alertmanager's memory only (its snapshot runs every 15 minutes and at shutdown):
// it survives only if the replace stops Alertmanager gracefully.
func (n *nothingLost) configChangeKeepsSilence(t *testing.T) {
	dir := envtest.DirWith(t, filepath.Join(root, "environments"), "local", func(s string) string {
		return strings.Replace(s, "timings: fast", "timings: production", 1)
	})
	envs := []string{"OPSMON_ENV_DIR=" + dir}
	id := createSilence(t, "must survive the replace of Alertmanager by a config change")
	before := containerID(t, model.Alertmanager)
	run(t, envs, "scripts/stack.sh", "deploy", "local")
	if after := containerID(t, model.Alertmanager); after == before {
		t.Fatalf("the config change did not replace Alertmanager (container %s kept); the test proves nothing", before)
	}
	awaitAlertmanagerReady(t)
	if state, err := silenceState(id); err != nil || state != "active" {
		t.Fatalf("silence %s after the replace: state %q, %v; want active (was Alertmanager stopped gracefully?)", id, state, err)
	}
	if err := expireSilence(id); err != nil {
		t.Error(err)
	}
	eventually(t, 2*time.Minute, 3*time.Second, "Prometheus runs with scrape_interval 15s", func() string {
		var body struct {
			Data struct {
				YAML string `json:"yaml"`
			} `json:"data"`
		}
		if err := getJSON(promURL+"/api/v1/status/config", &body); err != nil {
			return err.Error()
		}
		if !strings.Contains(body.Data.YAML, "scrape_interval: 15s") {
			return "config still has the fast profile"
		}
		return ""
	})
	noChanges(t, envs)
}

func destroyKeepsVolumes(t *testing.T, env model.Environment) {
	run(t, nil, "scripts/stack.sh", "destroy", "local")
	out, err := exec.Command("docker", "ps", "-a", "--format", "{{.Names}}").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range env.Containers() {
		for _, name := range strings.Fields(string(out)) {
			if name == c.Name {
				t.Errorf("container %s survived destroy", c.Name)
			}
		}
	}
	for _, vol := range env.DataVolumes() {
		if err := exec.Command("docker", "volume", "inspect", vol).Run(); err != nil {
			t.Errorf("data volume %s was deleted by destroy", vol)
		}
	}
}

// deliveryWithoutSink runs test-alerts.sh as on a host without a checkout: from a
// rendering of the local environment, with no Go on PATH and no sink read.
func deliveryWithoutSink(t *testing.T) {
	dir := t.TempDir()
	run(t, nil, "go", "run", "./cmd/opsmon", "render", "-env", "local", "-out", dir)
	script := filepath.Join(dir, "monitoring", "alerting", "test-alerts.sh")
	out := run(t, []string{"SINK_URL=", "PATH=/usr/bin:/bin", amAuthEnv()}, script)
	t.Log(out)
	for _, want := range []string{"from Alertmanager's counters and API", "via pagerduty", "via slack", "via email", "via webhook"} {
		if !strings.Contains(out, want) {
			t.Errorf("test-alerts.sh output lacks %q", want)
		}
	}
}

// noLocalSecret: the local environment's generated passwords reach its containers
// only as files; the local backend's state file, docker inspect and the deploy's
// output never hold it.
func noLocalSecret(t *testing.T, deployOut string) {
	secrets := localSecrets()
	if len(secrets) < 3 {
		t.Fatalf("want the generated passwords in %s, got %d", localSecretsFile(), len(secrets))
	}
	state, err := os.ReadFile(filepath.Join(root, "state", "local-host.tfstate"))
	if err != nil {
		t.Fatal(err)
	}
	ids, err := exec.Command("docker", "ps", "-aq", "--filter", "label=opsmon.environment=local").Output()
	if err != nil || len(strings.Fields(string(ids))) == 0 {
		t.Fatalf("no local containers: %v", err)
	}
	inspect, err := exec.Command("docker", append([]string{"inspect"}, strings.Fields(string(ids))...)...).Output()
	if err != nil {
		t.Fatal(err)
	}
	for name, secret := range secrets {
		if len(secret) < 16 {
			t.Errorf("%s in %s is too short to search for (%d characters)", name, localSecretsFile(), len(secret))
			continue
		}
		for what, text := range map[string]string{"the local state file": string(state), "docker inspect": string(inspect), "the deploy's output": deployOut} {
			if strings.Contains(text, secret) {
				t.Errorf("the local %s appears in %s", name, what)
			}
		}
	}
}
