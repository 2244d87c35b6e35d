//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
	"github.com/magicunicorn/ops-center-monitoring/render/dockerproxy"
)

// remoteBench is the production path on a production-shaped bench: a second Docker
// engine plays the Ops-Center host, reached only over SSH on 127.0.0.1 with a
// pinned host key (a deploy key forced onto the engine's socket, a plan key forced
// onto the read-only Docker API proxy); state in a real PostgreSQL with a deploy
// role and a plan role; staging-shaped, with the locally built images.
type remoteBench struct {
	env              string // the environment the bench stands in for the host of
	gid              uint32 // the group of the bench engine's socket
	proxySock        string // the read-only proxy in front of the bench engine
	engine           *engine
	deploySSH        *sshServer
	planSSH          *sshServer
	pg               *pgServer
	deployEnv        string // OPSMON_ENV_DIR reaching the engine with the deploy key
	planEnv          string // ... with the plan key, through the proxy
	secrets          string // OPSMON_SECRETS_FILE of the deploy
	planPG           string // the plan role's connection string
	deployPG         string // the deploy role's
	secretValues     []string
	clone            string // a second, fresh clone of this repository
	work             string // the test's folder: the clone and the saved plans
	timings          map[string]time.Duration
	deployOut, plans string
}

// TestRemoteHost deploys over SSH to the bench, finds no secret anywhere, plans
// from a fresh clone the way CI does (plan key through the proxy, plan role) with
// no changes, and plans exactly a one-line change.
func TestRemoteHost(t *testing.T) {
	uses(t, stagingSynth) // its own engine; the repo's staging stacks
	b := newRemoteBench(t)
	steps := []step{
		{"a wrong host key, a refused key and an unreachable host stop before anything", b.preflightRefusals},
		{"secrets-push and deploy over SSH", b.deploy},
		{"a fresh clone plans no changes through the read-only proxy with the plan role", b.cloneNoChanges},
		{"no secret in the state, the saved plan, the JSON, docker inspect or the logs", b.noSecretAnywhere},
		{"a one-line change in the Go plans exactly that change", b.oneLineChanges},
		{"a reviewed plan applies with the deploy's credentials; tampered or stale, it is refused", b.applyReviewed},
		{"the SSH connection cut mid-apply: the next plain deploy converges, nothing lost", b.sshDroppedMidApply},
		{"make recreate reports the data volumes of the bench engine, kept", b.recreateOnItsEngine},
	}
	failed := runInOrder(t, steps)
	t.Logf("timings:\n%s", secondsTable("step", b.timings))
	if failed == "" && os.Getenv("OPSMON_WRITE_BENCH") == "1" {
		if err := b.writeTable(); err != nil {
			t.Error(err)
		}
	}
}

func newRemoteBench(t *testing.T) *remoteBench {
	return newRemoteBenchFor(t, "staging", func(t *testing.T, envDir string) string {
		return run(t, []string{"OPSMON_ENV_DIR=" + envDir}, "go", "run", "./cmd/opsmon", "pg-roles", "-env", "staging")
	})
}

// newRemoteBenchFor stands the bench in for env's host: env's file names the bench
// engine (over SSH), the bench PostgreSQL for state, and the local images.
// rolesSQL gives the SQL that makes env's state roles, with env's files in envDir.
func newRemoteBenchFor(t *testing.T, env string, rolesSQL func(t *testing.T, envDir string) string) *remoteBench {
	t.Helper()
	b := &remoteBench{env: env, timings: map[string]time.Duration{}, work: t.TempDir()}
	// A network's bridge outlives an engine that stops without removing it: the
	// last cleanup deletes any the engine left behind.
	var bridges []string
	t.Cleanup(func() {
		for _, br := range bridges {
			if exec.Command("ip", "link", "show", br).Run() == nil {
				_ = exec.Command("ip", "link", "del", br).Run()
			}
		}
	})
	b.engine = startEngine(t)
	for _, n := range hostNetworks(t, b.env) {
		out, err := b.engine.docker(context.Background(), "network", "create", n)
		if err != nil {
			t.Fatalf("network %s on the bench engine: %v %s", n, err, out)
		}
		bridges = append(bridges, "br-"+strings.TrimSpace(out)[:12])
	}
	t.Cleanup(func() { b.removeAll(t) })
	b.loadImages(t)
	// Both keys may only run docker's dial-stdio: the deploy key onto the engine,
	// the plan key onto the proxy in front of it.
	b.deploySSH = startSSHD(t, `command="DOCKER_HOST=unix://`+b.engine.sock+` exec docker system dial-stdio",restrict`)
	// The bench engine is staging's and, for the workflows under act, production's.
	b.proxySock = startProxy(t, b.engine.sock, "staging", "production").sock
	b.planSSH = startSSHDAs(t, dockerproxy.PlanKeyOptions(b.proxySock), planUser)
	// One host, as in production: the plan key logs into the deploy key's sshd too,
	// as its own user (OPSMON_SSH_USER), forced onto the read-only proxy. A saved
	// plan holds the Docker host it was made against, the deploy user's, so plan
	// and apply name the same one.
	planPub, err := os.ReadFile(filepath.Join(b.planSSH.dir, "plan_key.pub"))
	if err != nil {
		t.Fatal(err)
	}
	b.deploySSH.authorize(t, planUser, dockerproxy.PlanKeyOptions(b.proxySock)+" "+string(planPub))
	b.pg = startPostgres(t)

	st, err := os.Stat(b.engine.sock)
	if err != nil {
		t.Fatal(err)
	}
	b.gid = st.Sys().(*syscall.Stat_t).Gid
	b.deployEnv = b.envDir(t, b.deploySSH)
	b.planEnv = b.envDir(t, b.planSSH)
	b.pg.admin(t, rolesSQL(t, b.deployEnv))
	_, b.deployPG = b.pg.setPassword(t, "opsmon_"+env+"_deploy")
	_, b.planPG = b.pg.setPassword(t, "opsmon_"+env+"_plan")

	now := time.Now().UnixNano()
	values := map[string]string{
		"slack_api_url":              "http://127.0.0.1:1/slack-" + fmt.Sprint(now),
		"watchdog_url":               "http://127.0.0.1:1/watchdog-" + fmt.Sprint(now),
		"pagerduty_routing_key":      fmt.Sprintf("pd-%d", now),
		"smtp_password":              fmt.Sprintf("smtp %d `id` $(id)", now),
		"postgres_exporter_password": fmt.Sprintf("exporter-%d", now),
		"grafana_admin_password":     fmt.Sprintf("gf-%d", now),
		"prometheus_web_password":    fmt.Sprintf("prom-web-%d", now),
		"alertmanager_web_password":  fmt.Sprintf("am-web-%d", now),
		"node_exporter_web_password": fmt.Sprintf("node-web-%d", now),
	}
	lines := []string{"PG_CONN_STR=" + b.deployPG}
	for k, v := range values {
		lines = append(lines, k+"="+v)
		b.secretValues = append(b.secretValues, v)
	}
	sort.Strings(lines)
	b.secrets = filepath.Join(t.TempDir(), env+".env")
	if err := os.WriteFile(b.secrets, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Terraform's working folder remembers the last backend: start and end without it.
	work := filepath.Join(root, "cdktf.out/stacks/"+model.HostStack(env)+"/.terraform")
	os.RemoveAll(work)
	t.Cleanup(func() { os.RemoveAll(work) })
	return b
}

// envDir is a copy of environments/ whose b.env deploys to the bench engine over
// ssh with the given server's port and host key, its state in the bench PostgreSQL.
func (b *remoteBench) envDir(t *testing.T, s *sshServer) string {
	t.Helper()
	return envtest.DirWith(t, filepath.Join(root, "environments"), b.env, func(text string) string {
		return b.onBench(t, b.env, text, s)
	})
}

// onBench is the text of env's file with the bench for its host: the bench engine
// over ssh with s's port and host key, state in the bench PostgreSQL, the local
// images, mail to 127.0.0.1 and no public URL to probe.
func (b *remoteBench) onBench(t *testing.T, env, text string, s *sshServer) string {
	t.Helper()
	key, err := os.ReadFile(filepath.Join(s.dir, "host_key.pub"))
	if err != nil {
		t.Fatal(err)
	}
	f := strings.Fields(string(key))
	docker := fmt.Sprintf("docker:\n  host: ssh://%s@127.0.0.1:%s\n  host_key: %s %s\n  socket_gid: %d\n", s.user, s.port, f[0], f[1], b.gid)
	text = placeStaging(t, text, "state:\n  backend: pg\n  schema_name: opsmon\n"+docker)
	for _, r := range [][2]string{
		{"images: upstream", "images: local"},
		{"smarthost: smtp.magicunicorn.tech:587", "smarthost: 127.0.0.1:2525"},
	} {
		if !strings.Contains(text, r[0]) {
			t.Fatalf("%s.yaml no longer contains %q; update the bench", env, r[0])
		}
		text = strings.Replace(text, r[0], r[1], 1)
	}
	if !publicURLs.MatchString(text) {
		t.Fatalf("%s.yaml no longer lists public_urls; update the bench", env)
	}
	return publicURLs.ReplaceAllLiteralString(text, "public_urls: []\n")
}

// publicURLs is an environment file's list of the product's public URLs, which the
// bench's blackbox probes cannot reach.
var publicURLs = regexp.MustCompile(`(?m)^public_urls:\n(?:  - .*\n)+`)

// removeAll removes the stack's containers, their volumes and the networks from
// the bench engine before it stops (its bridges would outlive it).
func (b *remoteBench) removeAll(t *testing.T) {
	ctx := context.Background()
	if ids, err := b.engine.docker(ctx, "ps", "-aq"); err == nil && strings.TrimSpace(ids) != "" {
		_, _ = b.engine.docker(ctx, append([]string{"rm", "-fv"}, strings.Fields(ids)...)...)
	}
	for _, n := range hostNetworks(t, b.env) {
		if out, err := b.engine.docker(ctx, "network", "rm", n); err != nil {
			t.Logf("removing network %s from the bench engine: %v %s", n, err, out)
		}
	}
}

// loadImages moves the images staging runs here into the bench engine, as a
// registry pull would on a real host.
func (b *remoteBench) loadImages(t *testing.T) {
	t.Helper()
	env, err := model.LoadEnvironment(filepath.Join(root, "environments"), "local")
	if err != nil {
		t.Fatal(err)
	}
	var images []string
	for _, c := range model.Components() {
		if img := env.Image(c); img != "" {
			images = append(images, img)
		}
	}
	b.engine.loadImages(t, images...)
}

// run runs a project command with the deploy's environment (deploy key, secrets).
func (b *remoteBench) run(t *testing.T, dir string, extra []string, args ...string) string {
	t.Helper()
	env := append([]string{"OPSMON_ENV_DIR=" + b.deployEnv, "OPSMON_SECRETS_FILE=" + b.secrets,
		"OPSMON_SSH_KEY=" + filepath.Join(b.deploySSH.dir, "plan_key")}, extra...)
	out, err := runIn(dir, env, args...)
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, tail(out, 40))
	}
	return out
}

// planJobEnv is what a plan job holds, against the host the deploy applies to:
// the plan key, logging into the deploy's sshd, and the plan role.
func (b *remoteBench) planJobEnv() []string {
	return append(b.planEnvVars(), "OPSMON_ENV_DIR="+b.deployEnv)
}

// deployJobEnv is what CI's deploy job holds: the deploy key and the state's
// deploy role, no secrets file.
func (b *remoteBench) deployJobEnv() []string {
	return []string{"OPSMON_SECRETS_FILE=", "PG_CONN_STR=" + b.deployPG}
}

// planEnvVars is what CI's plan job holds: the plan key, the plan role, read-only state.
func (b *remoteBench) planEnvVars() []string {
	return []string{"OPSMON_CACHE=", "OPSMON_ENV_DIR=" + b.planEnv, "OPSMON_SSH_KEY=" + filepath.Join(b.planSSH.dir, "plan_key"), "OPSMON_SSH_USER=" + planUser,
		"PG_CONN_STR=" + b.planPG, "PG_SKIP_SCHEMA_CREATION=true", "PG_SKIP_TABLE_CREATION=true", "PG_SKIP_INDEX_CREATION=true"}
}

func (b *remoteBench) preflightRefusals(t *testing.T) {
	wrongKey := envtest.DirWith(t, b.deployEnv, "staging", func(s string) string {
		return regexp.MustCompile(`host_key: ssh-ed25519 \S+`).ReplaceAllString(s, "host_key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl")
	})
	unreachable := envtest.DirWith(t, b.deployEnv, "staging", func(s string) string {
		return strings.Replace(s, "127.0.0.1:"+b.deploySSH.port, "127.0.0.1:"+freePort(t), 1)
	})
	otherKey := filepath.Join(t.TempDir(), "other_key")
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", otherKey).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v %s", err, out)
	}
	host := "ssh://" + b.deploySSH.user + "@127.0.0.1:"
	for _, c := range []struct {
		what  string
		extra []string
		want  string
	}{
		{"wrong host key", []string{"OPSMON_ENV_DIR=" + wrongKey},
			"error: environment staging: " + host + b.deploySSH.port + " presented an SSH host key that is not the one pinned in docker.host_key of environments/staging.yaml."},
		{"refused key", []string{"OPSMON_SSH_KEY=" + otherKey},
			"error: environment staging: " + host + b.deploySSH.port + " refused every SSH key offered."},
		{"missing key", []string{"OPSMON_SSH_KEY=" + otherKey + ".missing"},
			"error: environment staging: OPSMON_SSH_KEY=" + otherKey + ".missing is not a readable file"},
		{"unreachable host", []string{"OPSMON_ENV_DIR=" + unreachable},
			"error: environment staging: cannot reach the Docker engine at " + host},
		// The deploy holds no secret: it checks the volumes against what the last
		// push recorded there, and nothing was pushed yet.
		{"nothing pushed yet", b.deployJobEnv(),
			"error: secrets not as the last push left them on the host: opsmon-staging-secrets-alertmanager (no such volume);"},
	} {
		before := b.engine.snapshot(t)
		env := append([]string{"OPSMON_ENV_DIR=" + b.deployEnv, "OPSMON_SECRETS_FILE=" + b.secrets,
			"OPSMON_SSH_KEY=" + filepath.Join(b.deploySSH.dir, "plan_key")}, c.extra...)
		out, err := runIn(root, env, "scripts/stack.sh", "deploy", "staging", "staging-host")
		if err == nil || !strings.Contains(out, c.want) || strings.Contains(out, "Synthesizing") {
			t.Errorf("%s: deploy err=%v, want it refused before cdktf with %q:\n%s", c.what, err, c.want, tail(out, 15))
		}
		if after := b.engine.snapshot(t); after != before {
			t.Errorf("%s: the bench engine changed", c.what)
		}
	}
}

func (b *remoteBench) deploy(t *testing.T) {
	t0 := time.Now()
	out := b.run(t, root, nil, "scripts/secrets-push.sh", "staging")
	b.timings["secrets-push over SSH"] = time.Since(t0)
	t0 = time.Now()
	out += b.run(t, root, b.deployJobEnv(), "scripts/stack.sh", "deploy", "staging", "staging-host")
	b.timings["deploy staging-host over SSH, from nothing"] = time.Since(t0)
	b.deployOut = out
	b.everyContainerHealthy(t)
	if got, _ := exec.Command("docker", "ps", "-aq", "--filter", "label=opsmon.environment=staging").Output(); len(got) > 0 {
		t.Errorf("staging containers appeared on this machine's own engine: %s", got)
	}
}

// cloneNoChanges: a second, fresh clone sets up and plans the way CI does.
func (b *remoteBench) cloneNoChanges(t *testing.T) {
	b.clone = filepath.Join(b.work, "clone")
	if out, err := exec.Command("git", "clone", "-q", root, b.clone).CombinedOutput(); err != nil {
		t.Fatalf("git clone: %v %s", err, out)
	}
	t0 := time.Now()
	// A fresh clone keeps its own .cache; the toolchain cache is the machine's.
	if out, err := runIn(b.clone, []string{"OPSMON_CACHE="}, "make", "setup"); err != nil {
		t.Fatalf("make setup in a fresh clone: %v\n%s", err, tail(out, 30))
	}
	b.timings["make setup in a second fresh clone"] = time.Since(t0)
	plans := filepath.Join(b.work, "plans")
	t0 = time.Now()
	out, err := runIn(b.clone, append(b.planEnvVars(), "OPSMON_PLAN_OUT="+plans), "scripts/plan.sh", "staging")
	b.timings["no-op plan from the clone (plan key through the proxy, plan role)"] = time.Since(t0)
	if err != nil {
		t.Fatalf("plan from the clone: %v\n%s", err, tail(out, 40))
	}
	t.Logf("plan from the fresh clone:\n%s", tail(out, 12))
	if !strings.Contains(out, "No changes.") {
		t.Errorf("the fresh clone's plan is not empty:\n%s", tail(out, 30))
	}
	b.plans = plans
	// The plan a reviewer waits for on the next push: the app built, init done.
	t0 = time.Now()
	out, err = runIn(b.clone, b.planEnvVars(), "scripts/plan.sh", "staging")
	b.timings["the same no-op plan again (app built, init done)"] = time.Since(t0)
	if err != nil || !strings.Contains(out, "No changes.") {
		t.Errorf("the second plan from the clone: %v\n%s", err, tail(out, 30))
	}
}

func (b *remoteBench) noSecretAnywhere(t *testing.T) {
	where := map[string]string{"the secrets-push and deploy output": b.deployOut}
	where["the state in PostgreSQL"] = b.pg.admin(t, "select string_agg(data, '') from opsmon_staging_host.states;")
	if json, err := os.ReadFile(filepath.Join(root, "cdktf.out/stacks/staging-host/cdk.tf.json")); err == nil {
		where["the synthesized JSON"] = string(json)
	} else {
		t.Fatal(err)
	}
	plan := filepath.Join(b.plans, "staging-host.tfplan")
	raw, err := os.ReadFile(plan)
	if err != nil {
		t.Fatal(err)
	}
	where["the saved plan's bytes"] = string(raw)
	shown, err := runIn(filepath.Join(b.clone, "cdktf.out/stacks/staging-host"), b.planEnvVars(), tofuPath(), "show", "-json", plan)
	if err != nil {
		t.Fatalf("tofu show -json: %v %s", err, tail(shown, 10))
	}
	where["the saved plan's JSON"] = shown
	ids, _ := b.engine.docker(context.Background(), "ps", "-aq")
	inspect, err := b.engine.docker(context.Background(), append([]string{"inspect"}, strings.Fields(ids)...)...)
	if err != nil {
		t.Fatal(err)
	}
	where["docker inspect of every container"] = inspect
	for _, id := range strings.Fields(ids) {
		logs, _ := b.engine.docker(context.Background(), "logs", id)
		where["the logs of container "+id] = logs
	}
	for what, text := range where {
		for _, v := range b.secretValues {
			if strings.Contains(text, v) {
				t.Errorf("a secret value appears in %s", what)
			}
		}
	}
	t.Logf("searched %d places for %d secret values", len(where), len(b.secretValues))
}

// oneLineChanges: in the clone, one alert threshold, then one image version; each
// plan names exactly the one container replaced, nothing else.
func (b *remoteBench) oneLineChanges(t *testing.T) {
	for _, c := range []struct{ file, old, new string }{
		{"alerts/resources.go", `diskTier("DiskSpaceOver80Percent", SeverityHigh, 0.80,`, `diskTier("DiskSpaceOver80Percent", SeverityHigh, 0.81,`},
		{"model/releases.go", `Release{"ALERTMANAGER", "0.35.0",`, `Release{"ALERTMANAGER", "0.35.1",`},
	} {
		path := filepath.Join(b.clone, c.file)
		orig, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(orig), c.old) {
			t.Fatalf("%s no longer holds %q; update the test", c.file, c.old)
		}
		if err := os.WriteFile(path, []byte(strings.Replace(string(orig), c.old, c.new, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := runIn(b.clone, b.planEnvVars(), "scripts/plan.sh", "staging")
		os.WriteFile(path, orig, 0o644)
		if err != nil {
			t.Fatalf("plan after %s: %v\n%s", c.file, err, tail(out, 30))
		}
		want := model.Prometheus
		if c.file == "model/releases.go" {
			want = model.Alertmanager
		}
		var touched []string
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, "docker_") && !strings.HasPrefix(strings.TrimSpace(line), "==") {
				touched = append(touched, strings.TrimSpace(line))
			}
		}
		t.Logf("%s: plan summary:\n%s", c.file, strings.Join(touched, "\n"))
		for _, line := range touched {
			if !strings.Contains(line, want) {
				t.Errorf("the change of %s touches more than %s: %s", c.file, want, line)
			}
		}
		if !strings.Contains(out, "replace") || len(touched) == 0 {
			t.Errorf("the change of %s plans no replacement of %s:\n%s", c.file, want, tail(out, 20))
		}
		// The Go change rebuilt the prebuilt app (else no replacement above); the
		// backend and providers did not change, so tofu init was skipped.
		initLog, _ := os.ReadFile(filepath.Join(b.clone, ".cache/logs/plan-init-staging-host.log"))
		if !strings.HasPrefix(string(initLog), "init skipped") {
			t.Errorf("the plan after %s ran tofu init again although nothing it depends on changed:\n%s", c.file, tail(string(initLog), 10))
		}
	}
}

// applyReviewed: in the clone, one committed change is planned with the plan
// credentials into a saved folder; a copy changed after its digest was reported
// is refused; the folder applies with the deploy's credentials and no secrets
// file; applied once more it is stale; a new plan shows no changes.
func (b *remoteBench) applyReviewed(t *testing.T) {
	file, old, new := "alerts/resources.go", `diskTier("DiskSpaceOver80Percent", SeverityHigh, 0.80,`, `diskTier("DiskSpaceOver80Percent", SeverityHigh, 0.82,`
	path := filepath.Join(b.clone, file)
	orig, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(orig), old) {
		t.Fatalf("%s no longer holds %q; update the test (%v)", file, old, err)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(orig), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := runIn(b.clone, nil, "git", "-c", "user.name=bench", "-c", "user.email=bench@127.0.0.1", "commit", "-qam", "disk threshold 0.82"); err != nil {
		t.Fatalf("git commit: %v %s", err, out)
	}
	plans := filepath.Join(b.work, "reviewed")
	t0 := time.Now()
	out, err := runIn(b.clone, append(b.planJobEnv(), "OPSMON_PLAN_OUT="+plans), "scripts/plan.sh", "staging")
	b.timings["plan of one change, saved (plan credentials)"] = time.Since(t0)
	if err != nil {
		t.Fatalf("saved plan: %v\n%s", err, tail(out, 30))
	}
	m := regexp.MustCompile(`digest (sha256:[0-9a-f]{64})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("make plan printed no digest for the saved plans:\n%s", tail(out, 10))
	}
	deploy := append([]string{"OPSMON_CACHE=", "OPSMON_ENV_DIR=" + b.deployEnv, "OPSMON_SSH_KEY=" + filepath.Join(b.deploySSH.dir, "plan_key"),
		"OPSMON_PLAN_DIGEST=" + m[1]}, b.deployJobEnv()...)
	tampered := filepath.Join(b.work, "tampered")
	if err := os.CopyFS(tampered, os.DirFS(plans)); err != nil {
		t.Fatal(err)
	}
	planFile := filepath.Join(tampered, "staging-host.tfplan")
	raw, _ := os.ReadFile(planFile)
	if err := os.WriteFile(planFile, append(raw, 0), 0o600); err != nil {
		t.Fatal(err)
	}
	before := b.engine.snapshot(t)
	out, err = runIn(b.clone, deploy, "scripts/apply-plan.sh", "staging", tampered)
	if err == nil || !strings.Contains(out, "the plans in "+tampered+" hash to ") || !strings.Contains(out, ", not to "+m[1]) {
		t.Errorf("a plan changed after its digest was reported: err=%v, want it refused:\n%s", err, tail(out, 10))
	}
	if after := b.engine.snapshot(t); after != before {
		t.Errorf("the refused apply changed the bench engine")
	}
	t0 = time.Now()
	out, err = runIn(b.clone, deploy, "scripts/apply-plan.sh", "staging", plans)
	b.timings["apply-plan of the reviewed plan (deploy credentials, no secrets file)"] = time.Since(t0)
	if err != nil || !strings.Contains(out, "Apply complete!") {
		t.Fatalf("applying the reviewed plan: %v\n%s", err, tail(out, 30))
	}
	out, err = runIn(b.clone, deploy, "scripts/apply-plan.sh", "staging", plans)
	if err == nil || !strings.Contains(out, "Saved plan is stale") {
		t.Errorf("applying the same plan twice: err=%v, want tofu's Saved plan is stale:\n%s", err, tail(out, 15))
	}
	out, err = runIn(b.clone, b.planJobEnv(), "scripts/plan.sh", "staging")
	if err != nil || !strings.Contains(out, "No changes.") {
		t.Errorf("the plan after the apply: err=%v, want No changes:\n%s", err, tail(out, 20))
	}
}

// recreateOnItsEngine: the volumes recreate reports are the bench engine's (this
// machine's own engine holds no staging volume, and would report them "new").
func (b *remoteBench) recreateOnItsEngine(t *testing.T) {
	t0 := time.Now()
	out := b.run(t, root, b.deployJobEnv(), "scripts/recreate.sh", "staging")
	b.timings["make recreate ENV=staging over SSH"] = time.Since(t0)
	for _, v := range []string{"opsmon-staging-prometheus-data", "opsmon-staging-alertmanager-data"} {
		wantLine(t, out, "data volume kept: "+v)
	}
}

func (b *remoteBench) writeTable() error {
	var s strings.Builder
	s.WriteString("<!-- remote-host:start -->\n## Production path on the SSH bench (`make test`, `e2e/remotehost_test.go`)\n\n")
	fmt.Fprintf(&s, "%s: a second Docker engine reached only over SSH on 127.0.0.1 (pinned host key; deploy key forced onto the engine, plan key onto the read-only plan proxy), state in a real PostgreSQL (deploy and plan roles), staging-shaped with the local images. One run each, wall clock.\n\n", time.Now().UTC().Format("2006-01-02"))
	s.WriteString(secondsTable("step", b.timings))
	s.WriteString("\nThe local figures (same machine, local socket) are in the stack lifecycle section above: deploy from nothing and no-op plan.\n<!-- remote-host:end -->")
	return writeBenchSection("remote-host", s.String())
}

// runIn runs a command in dir with extra environment variables, returning its output.
func runIn(dir string, env []string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// everyContainerHealthy waits until every container on the bench engine is
// healthy; a config loader is created and never started (hostplan.ConfigVolume).
func (b *remoteBench) everyContainerHealthy(t *testing.T) {
	t.Helper()
	eventually(t, 3*time.Minute, 2*time.Second, "every container on the bench engine healthy", func() string {
		got, err := b.engine.docker(context.Background(), "ps", "-a", "--format", "{{.Label \""+hostplan.LoaderLabel+"\"}}|{{.Names}} {{.Status}}")
		if err != nil {
			return err.Error()
		}
		var bad []string
		for _, line := range strings.Split(strings.TrimSpace(got), "\n") {
			// A config loader is created and never started (hostplan.ConfigVolume).
			servedBy, line, _ := strings.Cut(line, "|")
			if servedBy != "" && strings.HasSuffix(line, " Created") {
				continue
			}
			if !strings.Contains(line, "(healthy)") {
				bad = append(bad, line)
			}
		}
		return strings.Join(bad, "; ")
	})
}

// dataVolumes are the bench environment's data volumes on its engine.
func (b *remoteBench) dataVolumes(t *testing.T) []string {
	t.Helper()
	env, err := model.LoadEnvironment(b.deployEnv, b.env)
	if err != nil {
		t.Fatal(err)
	}
	return env.DataVolumes()
}
