//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// TestWorkflowsUnderAct runs .github/workflows/plan.yml and deploy.yml as written,
// with act on this host, against the SSH bench standing in for the production
// host (and staging's, for the pull request's plan): one sshd whose deploy key
// reaches the engine and whose plan key reaches only the read-only proxy, state in
// a real PostgreSQL with each environment's roles (newRemoteBenchFor). The repository act runs is a
// clone of this one whose environment files name the bench, committed as a team
// would name its hosts; each uses: action is a stand-in from e2e/actions.
func TestWorkflowsUnderAct(t *testing.T) {
	uses(t) // its own engine or database: beside the tests of this machine's engine
	a := newActBench(t)
	steps := []step{
		{"the operator pushes production's secrets once", a.pushSecrets},
		{"deploy.yml on the first push to main deploys the empty host", a.firstPush},
		{"plan.yml on a pull request comments the one changed alert; its code gets no deploy secret", a.pullRequest},
		{"deploy.yml on the merge plans and applies that change", a.merge},
		{"deploy.yml on a second push plans No changes", a.secondPush},
		{"deploy.yml refuses a plan artifact changed after its plan job", a.tampered},
		{"by hand, from the guide: checks before pushing, a saved plan, its digest, its apply", a.byHand},
	}
	if runInOrder(t, steps) == "" {
		a.guide.covered(t)
	}
	if !t.Failed() && os.Getenv("OPSMON_WRITE_BENCH") == "1" {
		if err := a.writeTable(); err != nil {
			t.Error(err)
		}
	}
}

// actRepo is the repository the bench's act runs stand in for.
const actRepo = "magicunicorn/ops-center-monitoring"

type actBench struct {
	b                          *remoteBench
	origin                     string            // the repository act runs, and checkout fetches from
	artifacts, comments, exfil string            // the stand-ins' folders; what a planted step saw
	actions                    map[string]string // uses: owner/repo@sha -> stand-in folder
	secrets                    map[string]string // every secret either workflow declares
	runs                       int
	home                       string // the jobs' HOME, a runner's own
	goEnv                      []string
	timings                    map[string]time.Duration
	changedAlert               string
	pushed                     string // main's head at the last push
	// The guide's production section, its commands run from an operator's clone.
	guide    *guide
	operator string
}

func newActBench(t *testing.T) *actBench {
	t.Helper()
	g := readGuide(t, "## 6. From an empty host")
	// The state database is set up with the guide's own command.
	b := newRemoteBenchFor(t, model.Production, func(t *testing.T, envDir string) string {
		out, err := g.run(t, root, []string{"OPSMON_ENV_DIR=" + envDir}, g.line(t, "go run ./cmd/opsmon pg-roles", nil))
		if err != nil {
			t.Fatalf("the guide's pg-roles: %v\n%s", err, tail(out, 20))
		}
		return out
	})
	a := &actBench{b: b, origin: filepath.Join(b.work, "origin"), artifacts: filepath.Join(b.work, "artifacts"),
		comments: filepath.Join(b.work, "comments"), exfil: filepath.Join(b.work, "exfil"), timings: map[string]time.Duration{},
		guide: g, operator: filepath.Join(b.work, "operator"), home: filepath.Join(b.work, "home")}
	// A runner's HOME is its own, as on GitHub's: the jobs' `sudo chown -R ... "$HOME"`
	// must not walk this machine's /root, where other tests write meanwhile (a file
	// that vanished mid-walk failed a run). Go keeps this machine's caches.
	for _, k := range []string{"GOMODCACHE", "GOCACHE", "GOPATH"} {
		v, err := exec.Command("go", "env", k).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", k, err)
		}
		a.goEnv = append(a.goEnv, k+"="+strings.TrimSpace(string(v)))
	}
	for _, d := range []string{a.artifacts, a.comments, a.home} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// Staging's plan role too: the pull request plans both environments.
	roles := run(t, []string{"OPSMON_ENV_DIR=" + b.deployEnv}, "go", "run", "./cmd/opsmon", "pg-roles", "-env", "staging")
	b.pg.admin(t, roles)
	_, stagingPlan := b.pg.setPassword(t, "opsmon_staging_plan")
	read := func(path string) string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	a.secrets = map[string]string{
		"PLAN_PG_CONN_STR":         b.planPG,
		"STAGING_PLAN_PG_CONN_STR": stagingPlan,
		"PLAN_SSH_KEY":             read(filepath.Join(b.planSSH.dir, "plan_key")),
		"DEPLOY_SSH_KEY":           read(filepath.Join(b.deploySSH.dir, "plan_key")),
		"STATE_PG_CONN_STR":        b.deployPG,
		// No Grafana runs here and its stacks are not planned (no provider): the
		// tokens are only handed to the steps, as GitHub would.
		"PLAN_GRAFANA_AUTH":         "bench-viewer-token-no-grafana-runs-here",
		"STAGING_PLAN_GRAFANA_AUTH": "bench-viewer-token-no-grafana-runs-here",
		"GRAFANA_AUTH":              "bench-editor-token-no-grafana-runs-here",
	}
	// The team's repository: this one, its hosts named as the bench's.
	a.git(t, root, "clone", "-q", root, a.origin)
	a.git(t, a.origin, "checkout", "-q", "-B", "main")
	a.git(t, a.origin, "config", "uploadpack.allowAnySHA1InWant", "true")
	for _, env := range []string{"staging", model.Production} {
		path := filepath.Join(a.origin, "environments", env+".yaml")
		if err := os.WriteFile(path, []byte(b.onBench(t, env, read(path), b.deploySSH)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a.commit(t, "Our hosts: staging and production on the bench")
	a.actions = standIns(t)
	return a
}

// standIns maps every uses: of the two workflows to its stand-in in e2e/actions;
// an action without one stops the test, naming it.
func standIns(t *testing.T) map[string]string {
	t.Helper()
	uses := regexp.MustCompile(`(?m)^\s*(?:-\s+)?uses:\s*([\w.-]+)/([\w.-]+)@([0-9a-f]{40})`)
	out := map[string]string{}
	for _, wf := range []string{"plan.yml", "deploy.yml"} {
		text, err := os.ReadFile(filepath.Join(root, ".github/workflows", wf))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range uses.FindAllStringSubmatch(string(text), -1) {
			dir := filepath.Join(root, "e2e/actions", m[2])
			if _, err := os.Stat(filepath.Join(dir, "action.yml")); err != nil {
				t.Fatalf("%s uses %s/%s, which has no stand-in in e2e/actions/%s (see its README)", wf, m[1], m[2], m[2])
			}
			out[m[1]+"/"+m[2]+"@"+m[3]] = dir
		}
	}
	return out
}

func (a *actBench) git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := runIn(dir, nil, append([]string{"git", "-c", "user.name=bench", "-c", "user.email=bench@127.0.0.1"}, args...)...)
	if err != nil {
		t.Fatalf("git %v: %v %s", args, err, out)
	}
	return strings.TrimSpace(out)
}

func (a *actBench) commit(t *testing.T, msg string) string {
	t.Helper()
	a.git(t, a.origin, "add", "-A")
	a.git(t, a.origin, "commit", "-qm", msg)
	return a.git(t, a.origin, "rev-parse", "HEAD")
}

// edit replaces old with new in the origin's file, which must hold old.
func (a *actBench) edit(t *testing.T, file, old, new string) {
	t.Helper()
	path := filepath.Join(a.origin, file)
	text, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(text), old) {
		t.Fatalf("%s no longer holds %q; update the test (%v)", file, old, err)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(text), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// act runs one workflow on an event with the secrets that workflow declares, as
// GitHub hands a run its secrets, in a run of its own (GITHUB_RUN_ID); job names
// the job to run with its needs (all when empty). It returns act's output.
func (a *actBench) act(t *testing.T, what, event, workflow, job string, payload map[string]any, during func()) (string, error) {
	t.Helper()
	a.runs++
	runID := fmt.Sprint(4200 + a.runs)
	dir := t.TempDir()
	text, err := os.ReadFile(filepath.Join(a.origin, ".github/workflows", workflow))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, m := range regexp.MustCompile(`secrets\.([A-Z0-9_]+)`).FindAllStringSubmatch(string(text), -1) {
		v, ok := a.secrets[m[1]]
		if !ok {
			t.Fatalf("%s declares secrets.%s, which the bench does not hold", workflow, m[1])
		}
		lines = append(lines, m[1]+"="+strconvQuote(v))
	}
	sort.Strings(lines)
	secretFile := filepath.Join(dir, "secrets")
	eventFile := filepath.Join(dir, "event.json")
	ev, _ := json.Marshal(payload)
	if err := os.WriteFile(secretFile, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(eventFile, ev, 0o644); err != nil {
		t.Fatal(err)
	}
	// --no-skip-checkout: act would otherwise copy this folder for actions/checkout.
	args := []string{event, "-W", ".github/workflows/" + workflow, "-P", "ubuntu-24.04=-self-hosted", "--no-skip-checkout",
		"--secret-file", secretFile, "-e", eventFile, "--env", "GITHUB_RUN_ID=" + runID, "--env", "GITHUB_REPOSITORY=" + actRepo,
		"--env", "OPSMON_ACT_ORIGIN=" + a.origin, "--env", "OPSMON_ACT_CACHE=" + toolcache(t),
		"--env", "OPSMON_ACT_ARTIFACTS=" + a.artifacts, "--env", "OPSMON_ACT_COMMENTS=" + a.comments, "--env", "HOME=" + a.home}
	for _, kv := range a.goEnv {
		args = append(args, "--env", kv)
	}
	if job != "" {
		args = append(args, "-j", job)
	}
	for ref, d := range a.actions {
		args = append(args, "--local-repository", ref+"="+d)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(toolBin(), "act"), args...)
	cmd.Dir = a.origin
	cmd.WaitDelay = 10 * time.Second
	// The job sees the machine's environment, as a runner's: none of this test's.
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "OPSMON_") && !strings.HasPrefix(kv, "TF_") && !strings.HasPrefix(kv, "PG") &&
			!strings.HasPrefix(kv, "DOCKER_HOST=") && !strings.HasPrefix(kv, "GITHUB_") && !strings.HasPrefix(kv, "AWS_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if during != nil {
		during()
	}
	err = cmd.Wait()
	a.timings[what] = time.Since(t0)
	log := out.String()
	// Each run's whole output stays for a reader after the test: .cache/logs.
	logFile := filepath.Join(root, ".cache/logs", "act-"+runID+".log")
	if werr := os.WriteFile(logFile, []byte(log), 0o644); werr == nil {
		t.Logf("%s: act's output in %s", what, logFile)
	}
	return log, err
}

// strconvQuote quotes a secret for act's secret file (dotenv: a double-quoted
// value, newlines as \n).
func strconvQuote(v string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(strings.TrimRight(v, "\n")) + `"`
}

// toolcache is the machine's toolchain cache, which the cache stand-in restores.
func toolcache(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("OPSMON_TOOLCACHE"); d != "" {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(home, ".cache/opsmon-toolchain")
}

func pushEvent(before, after string) map[string]any {
	return map[string]any{"ref": "refs/heads/main", "before": before, "after": after, "repository": map[string]any{"full_name": actRepo}}
}

// jobSucceeded: act's line for a job that ended well.
func jobSucceeded(out, workflow, job string) bool {
	return strings.Contains(out, "["+workflow+"/"+job+"] 🏁  Job succeeded")
}

// pushSecrets: the operator clones the team's repository and pushes the secrets
// with the guide's commands, the bench's secrets file and deploy key in place of
// the guide's paths.
func (a *actBench) pushSecrets(t *testing.T) {
	a.git(t, a.b.work, "clone", "-q", a.origin, a.operator)
	g := a.guide
	t0 := time.Now()
	out, err := g.run(t, a.operator, []string{"OPSMON_CACHE="},
		g.line(t, "export OPSMON_SECRETS_FILE=", map[string]string{"/etc/opsmon/production.env": a.b.secrets}),
		g.line(t, "export OPSMON_SSH_KEY=", map[string]string{"/home/ops/.ssh/opsmon-deploy": filepath.Join(a.b.deploySSH.dir, "plan_key")}),
		g.line(t, "make secrets-push", nil))
	a.timings["the guide's make secrets-push, from a fresh clone"] = time.Since(t0)
	if err != nil {
		t.Fatalf("the guide's secrets push: %v\n%s", err, tail(out, 30))
	}
}

// deploy runs deploy.yml on a push of main's head and returns its output.
func (a *actBench) deploy(t *testing.T, what string, during func()) (string, error) {
	t.Helper()
	after := a.git(t, a.origin, "rev-parse", "HEAD")
	before := a.pushed
	if before == "" {
		before = strings.Repeat("0", 40) // the branch's first push
	}
	out, err := a.act(t, what, "push", "deploy.yml", "", pushEvent(before, after), during)
	a.pushed = after
	return out, err
}

func (a *actBench) firstPush(t *testing.T) {
	out, err := a.deploy(t, "deploy.yml, first push: plan and apply from an empty host", nil)
	if err != nil || !jobSucceeded(out, "deploy", "plan") || !jobSucceeded(out, "deploy", "apply") || !strings.Contains(out, "Apply complete!") {
		t.Fatalf("the first deploy: %v\n%s", err, tail(out, 60))
	}
	eventually(t, 3*time.Minute, 2*time.Second, "Prometheus and Alertmanager healthy on the bench", func() string {
		for _, c := range []string{model.Prometheus, model.Alertmanager} {
			h, err := a.b.engine.docker(context.Background(), "inspect", "-f", "{{.State.Health.Status}}", c)
			if strings.TrimSpace(h) != "healthy" {
				return fmt.Sprintf("%s: %s %v", c, strings.TrimSpace(h), err)
			}
		}
		return ""
	})
}

// pullRequest: a branch changes one alert's threshold, and plants a step in the
// plan job's own script that keeps the job's environment: plan.yml's comment
// names that alert, and what the planted code saw holds the plan credentials
// (so the probe works) and none of the deploy's.
func (a *actBench) pullRequest(t *testing.T) {
	base := a.git(t, a.origin, "rev-parse", "HEAD")
	a.git(t, a.origin, "checkout", "-q", "-b", "disk-threshold")
	a.changedAlert = "DiskSpaceOver80Percent"
	a.edit(t, "alerts/resources.go", `diskTier("DiskSpaceOver80Percent", SeverityHigh, 0.80,`, `diskTier("DiskSpaceOver80Percent", SeverityHigh, 0.82,`)
	change := a.commit(t, "Page on disk space at 82%")
	a.edit(t, "scripts/plan.sh", "env=${1:-local}\n", "env=${1:-local}\nenv >>"+a.exfil+"\n")
	head := a.commit(t, "A helpful change")
	payload := map[string]any{"number": 7, "pull_request": map[string]any{"number": 7,
		"head": map[string]any{"ref": "disk-threshold", "sha": head, "repo": map[string]any{"full_name": actRepo}},
		"base": map[string]any{"ref": "main", "sha": base, "repo": map[string]any{"full_name": actRepo}}},
		"repository": map[string]any{"full_name": actRepo}}
	out, err := a.act(t, "plan.yml, pull request: plan and comment jobs", "pull_request", "plan.yml", "comment", payload, nil)
	if err != nil || !jobSucceeded(out, "plan", "plan") || !jobSucceeded(out, "plan", "comment") {
		t.Fatalf("plan.yml on the pull request: %v\n%s", err, tail(out, 60))
	}
	var comments []struct {
		IssueNumber int    `json:"issue_number"`
		Body        string `json:"body"`
	}
	data, err := os.ReadFile(filepath.Join(a.comments, "comments.json"))
	if err == nil {
		err = json.Unmarshal(data, &comments)
	}
	if err != nil || len(comments) != 1 || comments[0].IssueNumber != 7 {
		t.Fatalf("want one comment on pull request 7, got %v (%v)", comments, err)
	}
	body := comments[0].Body
	t.Logf("the pull request's comment (start):\n%s", head40(body))
	if !strings.Contains(body, a.changedAlert) || !strings.Contains(body, "### make plan ENV=production") {
		t.Errorf("the comment does not name %s or lacks production's plan:\n%s", a.changedAlert, head40(body))
	}
	review := strings.SplitN(body, "### make plan", 2)[0]
	if alerts := regexp.MustCompile(`(?m)^- (Added|Changed|Removed) \*\*(\w+)\*\*`).FindAllStringSubmatch(review, -1); len(alerts) != 1 || alerts[0][2] != a.changedAlert {
		t.Errorf("the comment's review names the alerts %v; want %s alone", alerts, a.changedAlert)
	}
	seen, err := os.ReadFile(a.exfil)
	if err != nil {
		t.Fatalf("the planted step never ran: %v", err)
	}
	if !strings.Contains(string(seen), a.secrets["PLAN_PG_CONN_STR"]) {
		t.Errorf("the planted step did not see the plan role's connection string: the probe does not work")
	}
	for _, name := range []string{"DEPLOY_SSH_KEY", "STATE_PG_CONN_STR"} {
		for _, line := range strings.Split(a.secrets[name], "\n") {
			if len(line) > 16 && !strings.HasPrefix(line, "-----") && strings.Contains(string(seen), line) {
				t.Errorf("the pull request's code saw %s", name)
				break
			}
		}
	}
	// The team merges the reviewed change, not the planted one.
	a.git(t, a.origin, "checkout", "-q", "main")
	a.git(t, a.origin, "merge", "-q", "--ff-only", change)
}

// ansi matches the colour codes cdktf diff writes even to a pipe.
var ansi = regexp.MustCompile(`\x1b\[[0-9;]*[A-Za-z]`)

func head40(s string) string {
	lines := strings.Split(s, "\n")
	if len(lines) > 40 {
		lines = lines[:40]
	}
	return strings.Join(lines, "\n")
}

// merge: beside the reviewed alert, a second merged change alters Alertmanager's
// repeat interval, so the deploy replaces the clustered peers: the apply job takes
// them one at a time (never two down at once), then applies the rest of the plan,
// which the reviewed plan must hold.
func (a *actBench) merge(t *testing.T) {
	a.edit(t, "model/timings.go", "GroupInterval: 5 * time.Minute, RepeatInterval: 3 * time.Hour,", "GroupInterval: 5 * time.Minute, RepeatInterval: 4 * time.Hour,")
	a.commit(t, "Repeat pages every 4 hours")
	facts := run(t, []string{"OPSMON_ENV_DIR=" + filepath.Join(a.origin, "environments")}, "go", "run", "./cmd/opsmon", "describe", "-env", model.Production)
	m := regexp.MustCompile(`(?m)^CLUSTER_PEERS='([^']*)'$`).FindStringSubmatch(facts)
	if m == nil || len(strings.Fields(m[1])) < 2 {
		t.Fatalf("production runs no Alertmanager cluster to roll:\n%s", facts)
	}
	peers := strings.Fields(m[1])
	ids := func() map[string]string {
		out := map[string]string{}
		for _, p := range peers {
			id, _ := a.b.engine.docker(context.Background(), "inspect", "-f", "{{.Id}} {{.State.Running}}", p)
			out[p] = strings.TrimSpace(id)
		}
		return out
	}
	before := ids()
	promBefore, _ := a.b.engine.docker(context.Background(), "inspect", "-f", "{{.Id}}", model.Prometheus)
	mostDown, stop := 0, make(chan struct{})
	done := make(chan struct{})
	out, err := a.deploy(t, "deploy.yml, the merge: plan, roll 3 Alertmanager peers, apply the rest", func() {
		go func() { // bounded by the act run: stop is closed when it returns
			defer close(done)
			for {
				select {
				case <-stop:
					return
				case <-time.After(500 * time.Millisecond):
				}
				down := 0
				for _, id := range ids() {
					if !strings.HasSuffix(id, " true") {
						down++
					}
				}
				mostDown = max(mostDown, down)
			}
		}()
	})
	close(stop)
	<-done
	if err != nil || !jobSucceeded(out, "deploy", "apply") || !strings.Contains(out, "Apply complete!") {
		t.Fatalf("the deploy of the merge: %v\n%s", err, tail(out, 60))
	}
	if !regexp.MustCompile(`REPLACE docker_container "prometheus"`).MatchString(out) || !strings.Contains(out, a.changedAlert) {
		t.Errorf("the plan job's summary and review do not show Prometheus replaced for %s:\n%s", a.changedAlert, tail(out, 40))
	}
	var order []string
	for _, l := range regexp.MustCompile(`rolling: (\S+) \(`).FindAllStringSubmatch(out, -1) {
		order = append(order, l[1])
	}
	if strings.Join(order, " ") != strings.Join(peers, " ") || !strings.Contains(out, "the peers were replaced one at a time; the rest of the reviewed plan follows") {
		t.Errorf("the apply job rolled %v, want each of %v one at a time, then the rest:\n%s", order, peers, tail(out, 40))
	}
	if mostDown > 1 {
		t.Errorf("%d Alertmanager peers were down at once during the apply", mostDown)
	}
	after := ids()
	for _, p := range peers {
		if after[p] == before[p] {
			t.Errorf("peer %s was not replaced", p)
		}
	}
	if promAfter, _ := a.b.engine.docker(context.Background(), "inspect", "-f", "{{.Id}}", model.Prometheus); promAfter == promBefore {
		t.Errorf("Prometheus was not replaced by the apply job")
	}
}

func (a *actBench) secondPush(t *testing.T) {
	a.edit(t, "README.md", "# Ops-Center monitoring as code", "# Ops-Center monitoring as code (the bench's copy)")
	a.commit(t, "README: a word")
	out, err := a.deploy(t, "deploy.yml, a push changing no monitoring: plan and apply", nil)
	if err != nil || !jobSucceeded(out, "deploy", "apply") {
		t.Fatalf("the deploy of a second push: %v\n%s", err, tail(out, 60))
	}
	if !strings.Contains(out, "No changes.") {
		t.Errorf("the second push planned changes:\n%s", tail(out, 40))
	}
}

// tampered: while the run goes on, once the plan job has uploaded its plans, a
// byte is appended to the saved plan (whoever could write the artifact store);
// the apply job refuses it by the digest the plan job reported.
func (a *actBench) tampered(t *testing.T) {
	a.edit(t, "README.md", "(the bench's copy)", "(the bench's copy, again)")
	a.commit(t, "README: another word")
	run := filepath.Join(a.artifacts, fmt.Sprint(4200+a.runs+1), "opsmon-plans")
	var changed string
	out, err := a.deploy(t, "deploy.yml with its artifact changed between the jobs", func() {
		changed = tamperWhenUploaded(run)
	})
	if changed == "" {
		t.Fatalf("the plan artifact never appeared at %s:\n%s", run, tail(out, 40))
	}
	if err == nil || jobSucceeded(out, "deploy", "apply") || !strings.Contains(out, "hash to ") || !strings.Contains(out, "they changed since; nothing was applied") {
		t.Errorf("the apply job of a changed artifact: err=%v, want it refused by the digest:\n%s", err, tail(out, 40))
	}
	if strings.Contains(out, "Apply complete!") {
		t.Errorf("something was applied from a changed artifact")
	}
}

// tamperWhenUploaded waits (bounded) for a finished upload in dir and appends a
// byte to its saved plan; it returns the file changed, or "" when none came.
func tamperWhenUploaded(dir string) string {
	deadline := time.Now().Add(15 * time.Minute)
	for time.Now().Before(deadline) {
		plans, _ := filepath.Glob(filepath.Join(dir, "*.tfplan"))
		if _, err := os.Stat(filepath.Join(dir, "run")); err == nil && len(plans) > 0 {
			time.Sleep(200 * time.Millisecond) // the copy is of a few small files
			f, err := os.OpenFile(plans[0], os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				return ""
			}
			f.Write([]byte{0})
			f.Close()
			return plans[0]
		}
		time.Sleep(50 * time.Millisecond)
	}
	return ""
}

func (a *actBench) writeTable() error {
	var s strings.Builder
	s.WriteString("<!-- act-workflows:start -->\n## The workflows under act (`make test`, `e2e/act_test.go`)\n\n")
	fmt.Fprintf(&s, "%s: `.github/workflows/plan.yml` and `deploy.yml` run as written by act v0.2.82 on this host (`-P ubuntu-24.04=-self-hosted`), the actions replaced by `e2e/actions`, against the SSH bench (one sshd: deploy key to the engine, plan key to the read-only proxy; state in a real PostgreSQL). Setup in each job is a fresh clone's, from a warm toolchain cache. One run each, wall clock.\n\n", time.Now().UTC().Format("2006-01-02"))
	s.WriteString(secondsTable("run", a.timings))
	s.WriteString("<!-- act-workflows:end -->")
	return writeBenchSection("act-workflows", s.String())
}

// byHand: the operator changes an alert in their clone and runs the guide's
// checks before pushing, then its by-hand path: a saved plan with the plan
// credentials, and the apply of exactly that folder, by its digest, with the
// deploy's. A plan after it shows nothing left to do.
func (a *actBench) byHand(t *testing.T) {
	g, op := a.guide, a.operator
	a.git(t, op, "pull", "-q", "--ff-only")
	a.git(t, op, "checkout", "-q", "-b", "disk-85")
	file, old, new := "alerts/resources.go", `diskTier("DiskSpaceOver80Percent", SeverityHigh, 0.82,`, `diskTier("DiskSpaceOver80Percent", SeverityHigh, 0.85,`
	text, err := os.ReadFile(filepath.Join(op, file))
	if err != nil || !strings.Contains(string(text), old) {
		t.Fatalf("%s no longer holds %q; update the test (%v)", file, old, err)
	}
	if err := os.WriteFile(filepath.Join(op, file), []byte(strings.Replace(string(text), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	a.git(t, op, "commit", "-qam", "Page on disk space at 85%")
	planKey, deployKey := filepath.Join(a.b.planSSH.dir, "plan_key"), filepath.Join(a.b.deploySSH.dir, "plan_key")
	planCreds := func(pg string) []string {
		return []string{"OPSMON_CACHE=", "OPSMON_SSH_KEY=" + planKey, "OPSMON_SSH_USER=" + planUser, "PG_CONN_STR=" + pg,
			"PG_SKIP_SCHEMA_CREATION=true", "PG_SKIP_TABLE_CREATION=true", "PG_SKIP_INDEX_CREATION=true"}
	}

	g.skip(t, "make check", "make test runs it: its static and unit phases")
	out, err := g.run(t, op, []string{"OPSMON_CACHE="}, g.line(t, "make review", nil))
	if err != nil || !strings.Contains(out, "DiskSpaceOver80Percent") {
		t.Errorf("the guide's make review: %v, want it to name DiskSpaceOver80Percent:\n%s", err, tail(out, 30))
	}
	// Staging was never deployed on this bench: its diff, with staging's plan role, creates it all.
	out, err = g.run(t, op, planCreds(a.secrets["STAGING_PLAN_PG_CONN_STR"]), g.line(t, "make diff ENV=staging", nil))
	if err != nil || !regexp.MustCompile(`Plan: \d+ to add, 0 to change, 0 to destroy`).MatchString(ansi.ReplaceAllString(out, "")) {
		t.Errorf("the guide's make diff of staging: %v, want a plan creating staging:\n%s", err, tail(out, 20))
	}

	plans := filepath.Join(a.b.work, "by-hand-plans")
	t0 := time.Now()
	out, err = g.run(t, op, planCreds(a.b.planPG), g.line(t, "OPSMON_PLAN_OUT=", map[string]string{"/tmp/opsmon-plans": plans}))
	a.timings["by hand: the guide's saved plan of one alert change"] = time.Since(t0)
	m := regexp.MustCompile(`digest (sha256:[0-9a-f]{64})`).FindStringSubmatch(out)
	if err != nil || m == nil || !strings.Contains(out, `!!! DATA: REPLACE docker_container "prometheus"`) {
		t.Fatalf("the guide's saved plan: %v, want Prometheus replaced for the rule, and the digest:\n%s", err, tail(out, 30))
	}
	promBefore, _ := a.b.engine.docker(context.Background(), "inspect", "-f", "{{.Id}}", model.Prometheus)
	t0 = time.Now()
	out, err = g.run(t, op, []string{"OPSMON_CACHE=", "OPSMON_SSH_KEY=" + deployKey, "PG_CONN_STR=" + a.b.deployPG, "OPSMON_SECRETS_FILE="},
		g.line(t, "make apply-plan", map[string]string{"/tmp/opsmon-plans": plans, "sha256:...": m[1]}))
	a.timings["by hand: the guide's apply-plan (deploy key and role, no secrets file)"] = time.Since(t0)
	if err != nil || !strings.Contains(out, "Apply complete!") {
		t.Fatalf("the guide's apply-plan: %v\n%s", err, tail(out, 30))
	}
	if promAfter, _ := a.b.engine.docker(context.Background(), "inspect", "-f", "{{.Id}}", model.Prometheus); promAfter == promBefore {
		t.Errorf("the applied rule change did not replace Prometheus")
	}
	out, err = runIn(op, planCreds(a.b.planPG), "scripts/plan.sh", model.Production)
	if err != nil || !strings.Contains(out, "No changes.") {
		t.Errorf("a plan after the guide's apply: %v, want No changes:\n%s", err, tail(out, 20))
	}
}
