//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// TestStagingWorkflows runs the operator workflows on staging, with this machine's
// Docker engine standing in for the staging host (see standin_test.go): state in a
// real PostgreSQL with its lock, version bumps whose plans name exactly the
// containers replaced, and `make recreate` keeping the data volumes. It runs after
// TestLocalStack (file order), which leaves the engine free: staging uses the same
// container names.
func TestStagingWorkflows(t *testing.T) {
	uses(t, machineEngine, stagingSynth)
	requireEngineFree(t)
	s := newStandIn(t)
	steps := []step{
		{"deploy staging with its state in PostgreSQL", s.deployWithPgState},
		{"the guide's checks name what is down and what is left out", s.operatorChecks},
		{"a product container cannot reach Alertmanager; the edge network, where Traefik sits, can", s.edgeOnly},
		{"through the product's Traefik: one login reaches each API, nothing else is routed", s.throughTraefik},
		{"tofu's state lock is held in PostgreSQL", s.stateLockHolds},
		{"a version bump replaces exactly that container", s.versionBump},
		{"make recreate keeps the data volumes", s.recreateKeepsData},
	}
	runInOrder(t, steps)
}

func (s *standIn) deployWithPgState(t *testing.T) {
	out := s.deploy(t)
	wantLine(t, out, "skipping staging-grafana: Grafana does not run in staging: "+grafanaAbsent())
	rows := s.psql(t, "select name, length(data) > 0, data like '%docker_container%' from "+s.schema+".states")
	t.Logf("state rows in %s.states (name | has data | holds containers):\n%s", s.schema, rows)
	if strings.TrimSpace(rows) != "default|t|t" {
		t.Fatalf("state in %s.states = %q, want the default workspace holding the containers", s.schema, rows)
	}
	json, err := os.ReadFile(filepath.Join(root, "cdktf.out/stacks/staging-host/cdk.tf.json"))
	if err != nil {
		t.Fatal(err)
	}
	s.noSecretIn(t, "the synthesized JSON", string(json))
	s.noSecretIn(t, "the state in PostgreSQL", s.psql(t, "select data from "+s.schema+".states"))
	for _, c := range []string{model.Prometheus, model.Alertmanager, model.BlackboxExporter} {
		if h := health(c); h != "healthy" {
			t.Errorf("%s is %q, want healthy", c, h)
		}
	}
}

// stateLockHolds has tofu take the state lock (a destroy waiting at its prompt),
// shows the advisory lock in pg_locks from another session, sees a second plan
// refused, and sees the lock gone once the destroy is declined.
func (s *standIn) stateLockHolds(t *testing.T) {
	id := strings.TrimSpace(s.psql(t, "select id from "+s.schema+".states where name = 'default'"))
	holder := s.tofu("destroy", "-input=true", "-no-color")
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var holderOut strings.Builder
	holder.Stdout, holder.Stderr = &holderOut, &holderOut
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); holder.Wait() }()
	locks := "select count(*) from pg_locks where locktype = 'advisory' and granted and objid = " + id
	eventually(t, time.Minute, 500*time.Millisecond, "tofu holds the advisory lock on state row "+id, func() string {
		if n := strings.TrimSpace(s.psql(t, locks)); n != "1" {
			return n + " advisory locks"
		}
		return ""
	})
	t.Logf("during the held lock, pg_locks shows:\n%s", s.psql(t,
		"select l.locktype, l.objid, l.granted, l.pid, a.client_addr from pg_locks l join pg_stat_activity a using (pid) where l.locktype = 'advisory'"))
	out, err := s.tofu("plan", "-input=false", "-no-color", "-lock-timeout=2s").CombinedOutput()
	if err == nil || !strings.Contains(string(out), "Error acquiring the state lock") || !strings.Contains(string(out), "Workspace is already locked: default") {
		t.Fatalf("a plan under the held lock was not refused: err=%v\n%s", err, tail(string(out), 20))
	}
	eventually(t, time.Minute, 500*time.Millisecond, "the destroy waits at its prompt", func() string {
		if !strings.Contains(holderOut.String(), "Enter a value:") {
			return "no prompt yet"
		}
		return ""
	})
	fmt.Fprintln(stdin, "no")
	eventually(t, 30*time.Second, 500*time.Millisecond, "lock released after the declined destroy", func() string {
		if n := strings.TrimSpace(s.psql(t, locks)); n != "0" {
			return n + " advisory locks"
		}
		return ""
	})
	if h := health(model.Prometheus); h != "healthy" {
		t.Fatalf("prometheus is %q after the declined destroy", h)
	}
}

// versionBump points a component at a new tag (the change an upgrade is) and
// checks the plan summary replaces that container (with its image, and the config
// loader created from that image) and no other; a stateful one is flagged. The
// stateless bump is then deployed: the new container is healthy.
func (s *standIn) versionBump(t *testing.T) {
	blackbox := s.bumpImage(t, model.BlackboxExporter)
	restore := s.override(t, map[string]string{model.BlackboxExporter: blackbox})
	defer func() { restore() }()
	out := s.run(t, "scripts/plan.sh", "staging")
	t.Logf("plan summary of the blackbox-exporter bump:\n%s", tail(out, 12))
	wantLine(t, out, "Plan: 0 to add, 0 to change, 3 to replace, 0 to destroy.")
	wantLine(t, out, "  replace  docker_container   blackbox-exporter")
	wantLine(t, out, "  replace  docker_container   "+model.BlackboxExporter+hostplan.LoaderSuffix)
	wantLine(t, out, "  replace  docker_image       "+blackbox)
	if strings.Contains(out, "!!! DATA") {
		t.Errorf("a stateless bump is flagged as touching data:\n%s", out)
	}
	s.onlyContainers(t, out, model.BlackboxExporter)
	s.deploy(t)
	want, _ := exec.Command("docker", "image", "inspect", "-f", "{{.Id}}", blackbox).Output()
	got, _ := exec.Command("docker", "inspect", "-f", "{{.Image}}", model.BlackboxExporter).Output()
	if strings.TrimSpace(string(got)) != strings.TrimSpace(string(want)) {
		t.Errorf("blackbox-exporter runs image %s after the deploy, want the bump's %s", got, want)
	}
	if h := health(model.BlackboxExporter); h != "healthy" {
		t.Errorf("bumped blackbox-exporter is %q, want healthy (its healthcheck must use /bin/healthcheck)", h)
	}

	// A stateful component: the same one-line change, flagged loudly.
	restore()
	restore = s.override(t, map[string]string{model.BlackboxExporter: blackbox, model.Prometheus: s.bumpImage(t, model.Prometheus)})
	out = s.run(t, "scripts/plan.sh", "staging")
	t.Logf("plan summary of the prometheus bump:\n%s", tail(out, 12))
	wantLine(t, out, "Plan: 0 to add, 0 to change, 3 to replace, 0 to destroy.")
	if !regexp.MustCompile(`(?m)^!!! DATA: REPLACE docker_container "prometheus" \(docker_container\.\S+\): its service restarts; the named data volume is kept unless purged$`).MatchString(out) {
		t.Errorf("the prometheus bump is not flagged as touching data:\n%s", out)
	}
	s.onlyContainers(t, out, model.Prometheus)
}

func (s *standIn) recreateKeepsData(t *testing.T) {
	at := time.Now().Add(-5 * time.Second).Unix()
	expr := fmt.Sprintf(`count(up{job="prometheus"} @ %d)`, at)
	if promtoolQuery(expr) == "" {
		t.Fatalf("no sample before the recreate")
	}
	out := s.run(t, "scripts/recreate.sh", "staging")
	t.Logf("make recreate ENV=staging:\n%s", tail(out, 6))
	if !regexp.MustCompile(`(?m)^recreated staging-host in \d+s$`).MatchString(out) {
		t.Errorf("recreate did not print its duration:\n%s", tail(out, 10))
	}
	wantLine(t, out, "skipped staging-grafana: Grafana does not run in staging: "+grafanaAbsent())
	for _, v := range []string{"opsmon-staging-prometheus-data", "opsmon-staging-alertmanager-data"} {
		wantLine(t, out, "data volume kept: "+v)
	}
	eventually(t, 2*time.Minute, 2*time.Second, "a sample from before the recreate is queryable", func() string {
		if promtoolQuery(expr) == "" {
			return "series lost"
		}
		return ""
	})
	out = s.run(t, "scripts/plan.sh", "staging")
	wantLine(t, out, "No changes.")
	out = s.run(t, "scripts/stack.sh", "diff", "staging")
	wantLine(t, out, "== cdktf diff staging-host")
	if !strings.Contains(out, "No changes.") {
		t.Errorf("cdktf diff after the recreate is not empty:\n%s", tail(out, 20))
	}
}

// operatorChecks runs the guide's two checks on the stand-in: the targets table
// (the monitored services do not exist here, so it must fail naming them, with
// the monitoring's own targets up) and the list of what the environment leaves out.
func (s *standIn) operatorChecks(t *testing.T) {
	ip, err := exec.Command("docker", "inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}", model.Prometheus).Output()
	if err != nil || len(strings.Fields(string(ip))) == 0 {
		t.Fatalf("prometheus has no address: %v %s", err, ip)
	}
	url := "http://" + strings.Fields(string(ip))[0] + ":9090"
	cmd := exec.Command("go", "run", "./cmd/opsmon", "targets", "-url", url, "-wait", "30s", "-secrets", s.secrets)
	cmd.Dir, cmd.Env = root, s.env()
	out, err := cmd.CombinedOutput()
	t.Logf("go run ./cmd/opsmon targets -url %s:\n%s", url, tail(string(out), 30))
	if err == nil || !strings.Contains(string(out), "error: targets not up after 30s: [") {
		t.Errorf("the targets check did not fail naming the absent services: %v", err)
	}
	if !regexp.MustCompile(`(?m)^prometheus\s+\S+\s+up\s*$`).Match(out) {
		t.Errorf("the targets table does not show Prometheus up")
	}
	out2 := s.run(t, "go", "run", "./cmd/opsmon", "absent", "-env", "staging")
	for _, c := range []string{model.Grafana, model.CAdvisor} {
		if !regexp.MustCompile(`(?m)^` + c + `\s+\S`).MatchString(out2) {
			t.Errorf("absent does not name %s with its reason:\n%s", c, out2)
		}
	}
}

func grafanaAbsent() string {
	c, _ := model.ComponentByName(model.Grafana)
	return c.LocalAbsentReason
}

func wantLine(t *testing.T, out, line string) {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if l == line {
			return
		}
	}
	t.Errorf("output lacks the line %q:\n%s", line, tail(out, 20))
}

// health is a container's healthcheck status, waiting out "starting".
func health(name string) string {
	var h string
	for i := 0; i < 60; i++ {
		out, _ := exec.Command("docker", "inspect", "-f", "{{.State.Health.Status}}", name).Output()
		if h = strings.TrimSpace(string(out)); h != "starting" {
			return h
		}
		time.Sleep(2 * time.Second)
	}
	return h
}

// promtoolQuery asks staging's Prometheus (no host port) through the promtool in
// its container, with the client config the runbooks use; "" when the result is
// empty or the query fails.
func promtoolQuery(expr string) string {
	out, err := exec.Command("docker", "exec", model.Prometheus, "/bin/promtool", "query", "instant",
		"--http.config.file="+model.PrometheusAuth.ClientConfig, "http://127.0.0.1:9090", expr).CombinedOutput()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// edgeOnly: on staging's production-shaped networks, Alertmanager is on the
// monitoring and edge networks alone. From the edge network (Traefik's place) it
// answers 401, asking for its login (the control: the probe works); from each
// product network its name does not even resolve (the cause, not any failure).
func (s *standIn) edgeOnly(t *testing.T) {
	const url = "http://" + model.Alertmanager + ":9093/api/v2/silences"
	if got := fromNetwork(t, "opsmon-staging-edge", "GET", url, ""); got != "STATUS 401" {
		t.Fatalf("from the edge network Alertmanager answered %q; want STATUS 401 (reachable, login required)", got)
	}
	for _, n := range []string{"unicorn-network", "web", "uchub-network"} {
		got := fromNetwork(t, n, "GET", url, "")
		if !strings.HasPrefix(got, "UNREACHABLE") || !strings.Contains(got, "Name or service not known") {
			t.Errorf("from product network %s: %q; want the name unresolvable", n, got)
			continue
		}
		t.Logf("from product network %s: %s", n, got)
	}
}
