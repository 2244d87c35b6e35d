package checks

import (
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// workflow is the part of a GitHub Actions workflow the least-privilege rules read.
type workflow struct {
	On          map[string]any    `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Jobs        map[string]struct {
		If          string            `yaml:"if"`
		Needs       any               `yaml:"needs"`
		Environment any               `yaml:"environment"`
		Permissions map[string]string `yaml:"permissions"`
		Steps       []wfStep          `yaml:"steps"`
	} `yaml:"jobs"`
}

type wfStep struct {
	Name string            `yaml:"name"`
	If   string            `yaml:"if"`
	Uses string            `yaml:"uses"`
	Run  string            `yaml:"run"`
	Env  map[string]string `yaml:"env"`
	With map[string]string `yaml:"with"`
}

func readWorkflow(t *testing.T, path string) (workflow, string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var wf workflow
	if err := yaml.Unmarshal(b, &wf); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return wf, string(b)
}

var secretRef = regexp.MustCompile(`secrets\.([A-Z0-9_]+)`)

// holdsSecret: a step that is handed a secret, by env or with.
func (s wfStep) holdsSecret() bool {
	for _, v := range s.Env {
		if secretRef.MatchString(v) {
			return true
		}
	}
	for _, v := range s.With {
		if secretRef.MatchString(v) {
			return true
		}
	}
	return false
}

const sameRepo = "github.event.pull_request.head.repo.full_name == github.repository"

// TestPlanWorkflowHoldsOnlyReadOnlyCredentials: the pull-request workflow names
// no secret but the plan role's connection string and the proxy-only SSH key;
// every step given one is skipped for forks and runs no sudo; the job running
// the pull request's code cannot write to the repository or the pull request.
// planSecrets are the read-only credentials a pull-request plan may hold
// (docs/LEAST_PRIVILEGE.md): the state databases' plan roles, the proxy-only key,
// the Grafanas' Viewer tokens.
var planSecrets = []string{"PLAN_PG_CONN_STR", "STAGING_PLAN_PG_CONN_STR", "PLAN_SSH_KEY", "PLAN_GRAFANA_AUTH", "STAGING_PLAN_GRAFANA_AUTH"}

func TestPlanWorkflowHoldsOnlyReadOnlyCredentials(t *testing.T) {
	wf, text := readWorkflow(t, planWorkflow)
	var names []string
	for _, m := range secretRef.FindAllStringSubmatch(text, -1) {
		names = append(names, m[1])
	}
	sort.Strings(names)
	for _, n := range names {
		if !slices.Contains(planSecrets, n) {
			t.Errorf("plan.yml hands secrets.%s to pull-request code; plans take only %s", n, strings.Join(planSecrets, ", "))
		}
	}
	if len(names) == 0 {
		t.Error("plan.yml uses no read-only credential: it cannot plan against the real state and host")
	}
	for p, v := range wf.Permissions {
		if v != "read" {
			t.Errorf("plan.yml grants %s: %s to every job; only the comment job may write", p, v)
		}
	}
	for name, job := range wf.Jobs {
		for _, s := range job.Steps {
			if !s.holdsSecret() {
				continue
			}
			if !strings.Contains(s.If+" "+job.If, sameRepo) {
				t.Errorf("plan.yml job %s step %q holds a secret without the fork gate (if: %s)", name, s.Name, sameRepo)
			}
			if strings.Contains(s.Run, "sudo") {
				t.Errorf("plan.yml job %s step %q runs sudo with a secret in its environment", name, s.Name)
			}
		}
		writes := false
		for _, v := range job.Permissions {
			writes = writes || v == "write"
		}
		if !writes {
			continue
		}
		for _, s := range job.Steps {
			if s.Run != "" || strings.HasPrefix(s.Uses, "actions/checkout@") {
				t.Errorf("plan.yml job %s may write yet runs code from the pull request (step %q)", name, s.Name)
			}
		}
	}
}

// TestDeployWorkflowAppliesOnlyTheReviewedPlanFromMain: deploys run on a push to
// main only; a plan job holding only the plan credentials plans main's code, and
// an apply job behind the production environment's approval applies exactly its
// plans (this run's artifact, checked against the digest the plan job reported),
// never a fresh auto-approved one. The pull-request workflow keeps no plan.
func TestDeployWorkflowAppliesOnlyTheReviewedPlanFromMain(t *testing.T) {
	wf, text := readWorkflow(t, "../.github/workflows/deploy.yml")
	var triggers []string
	for k := range wf.On {
		triggers = append(triggers, k)
	}
	if strings.Join(triggers, ",") != "push" {
		t.Errorf("deploy.yml runs on %v; want only push (to main): a dispatch could name any run's plans", triggers)
	}
	if push, _ := wf.On["push"].(map[string]any); push == nil || len(push["branches"].([]any)) != 1 || push["branches"].([]any)[0] != "main" {
		t.Errorf("deploy.yml's push trigger is %v; want branches: [main]", wf.On["push"])
	}
	for _, bad := range []string{"auto-approve", "make deploy", "run-id", "plan_run_id", "workflow_dispatch"} {
		if strings.Contains(text, bad) {
			t.Errorf("deploy.yml contains %q", bad)
		}
	}
	want := map[string][]string{"plan": {"PLAN_GRAFANA_AUTH", "PLAN_PG_CONN_STR", "PLAN_SSH_KEY"}, "apply": {"DEPLOY_SSH_KEY", "GRAFANA_AUTH", "STATE_PG_CONN_STR"}}
	if len(wf.Jobs) != len(want) {
		t.Errorf("deploy.yml has %d jobs; want plan and apply", len(wf.Jobs))
	}
	applies := 0
	for name, job := range wf.Jobs {
		if job.If != "github.ref == 'refs/heads/main'" {
			t.Errorf("deploy.yml job %s runs when %q; want only on main (github.ref == 'refs/heads/main')", name, job.If)
		}
		var secrets []string
		for _, s := range job.Steps {
			for _, v := range s.Env {
				for _, m := range secretRef.FindAllStringSubmatch(v, -1) {
					secrets = append(secrets, m[1])
				}
			}
			if strings.Contains(s.Run, "make apply-plan ENV=production") {
				applies++
				if name != "apply" || s.Env["OPSMON_PLAN_DIGEST"] != "${{ needs.plan.outputs.digest }}" {
					t.Errorf("deploy.yml job %s applies without the plan job's digest (OPSMON_PLAN_DIGEST: ${{ needs.plan.outputs.digest }})", name)
				}
			}
			if strings.HasPrefix(s.Uses, "actions/download-artifact@") && (name != "apply" || s.With["run-id"] != "" || s.With["github-token"] != "") {
				t.Errorf("deploy.yml job %s downloads an artifact of another run, or outside the apply job", name)
			}
			if s.holdsSecret() && strings.Contains(s.Run, "sudo") {
				t.Errorf("deploy.yml step %q runs sudo with a secret in its environment", s.Name)
			}
		}
		sort.Strings(secrets)
		if strings.Join(secrets, ",") != strings.Join(want[name], ",") {
			t.Errorf("deploy.yml job %s holds secrets %v; want %v", name, secrets, want[name])
		}
	}
	if plan := wf.Jobs["plan"]; plan.Environment != nil {
		t.Errorf("deploy.yml's plan job has environment %v: the deploy credentials are the apply job's alone", plan.Environment)
	}
	if apply := wf.Jobs["apply"]; apply.Environment != "production" || apply.Needs != "plan" {
		t.Errorf("deploy.yml's apply job has environment %v and needs %v; want production (required reviewers) after plan", apply.Environment, apply.Needs)
	}
	if applies != 1 {
		t.Errorf("deploy.yml runs make apply-plan ENV=production %d times; want once", applies)
	}
	_, planText := readWorkflow(t, planWorkflow)
	for _, bad := range []string{"opsmon-plans", "OPSMON_PLAN_OUT"} {
		if strings.Contains(planText, bad) {
			t.Errorf("plan.yml contains %q: a pull request's plans are never kept for a deploy", bad)
		}
	}
}

// planSSHUser is the plan key's own user on the host (docs/LEAST_PRIVILEGE.md §2).
const planSSHUser = "opsmon-plan"

// TestThePlanKeyLogsInAsItsOwnUser: every step that uses the plan key logs in as
// the plan key's user (OPSMON_SSH_USER), whose only group is the proxy socket's;
// a step with the deploy key keeps docker.host's user, the deploy user.
func TestThePlanKeyLogsInAsItsOwnUser(t *testing.T) {
	planned := 0
	for _, path := range []string{planWorkflow, "../.github/workflows/deploy.yml"} {
		wf, _ := readWorkflow(t, path)
		for name, job := range wf.Jobs {
			for _, s := range job.Steps {
				key, user := s.Env["OPSMON_SSH_KEY"], s.Env["OPSMON_SSH_USER"]
				switch {
				case strings.HasSuffix(key, "/opsmon-plan"):
					planned++
					if user != planSSHUser {
						t.Errorf("%s job %s step %q uses the plan key as user %q; set OPSMON_SSH_USER: %s", path, name, s.Name, user, planSSHUser)
					}
				case key != "" && user != "":
					t.Errorf("%s job %s step %q uses %s as user %q; only the plan key logs in as another user than docker.host's", path, name, s.Name, key, user)
				}
			}
		}
	}
	if planned < 2 {
		t.Errorf("%d steps use the plan key; want plan.yml's and deploy.yml's plan steps", planned)
	}
}
