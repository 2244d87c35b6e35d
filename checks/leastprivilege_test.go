package checks

import (
	"os"
	"regexp"
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
func TestPlanWorkflowHoldsOnlyReadOnlyCredentials(t *testing.T) {
	wf, text := readWorkflow(t, planWorkflow)
	var names []string
	for _, m := range secretRef.FindAllStringSubmatch(text, -1) {
		names = append(names, m[1])
	}
	sort.Strings(names)
	for _, n := range names {
		if n != "PLAN_PG_CONN_STR" && n != "PLAN_SSH_KEY" && n != "PLAN_SSH_KNOWN_HOSTS" {
			t.Errorf("plan.yml hands secrets.%s to pull-request code; plans take only PLAN_PG_CONN_STR, PLAN_SSH_KEY, PLAN_SSH_KNOWN_HOSTS", n)
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

// TestDeployWorkflowAppliesOnlyTheReviewedPlanFromMain: deploys run on main (or
// by hand), behind the production environment's approval, and apply the saved
// plans with make apply-plan, never a fresh auto-approved one.
func TestDeployWorkflowAppliesOnlyTheReviewedPlanFromMain(t *testing.T) {
	wf, text := readWorkflow(t, "../.github/workflows/deploy.yml")
	var triggers []string
	for k := range wf.On {
		triggers = append(triggers, k)
	}
	sort.Strings(triggers)
	if strings.Join(triggers, ",") != "push,workflow_dispatch" {
		t.Errorf("deploy.yml runs on %v; want only push (to main) and workflow_dispatch", triggers)
	}
	if push, _ := wf.On["push"].(map[string]any); push == nil || len(push["branches"].([]any)) != 1 || push["branches"].([]any)[0] != "main" {
		t.Errorf("deploy.yml's push trigger is %v; want branches: [main]", wf.On["push"])
	}
	for _, bad := range []string{"auto-approve", "make deploy"} {
		if strings.Contains(text, bad) {
			t.Errorf("deploy.yml contains %q", bad)
		}
	}
	applies := 0
	for name, job := range wf.Jobs {
		if job.If != "github.ref == 'refs/heads/main'" {
			t.Errorf("deploy.yml job %s runs when %q; want only on main (github.ref == 'refs/heads/main')", name, job.If)
		}
		if job.Environment != "production" {
			t.Errorf("deploy.yml job %s has environment %v; want production (required reviewers)", name, job.Environment)
		}
		for _, s := range job.Steps {
			if strings.Contains(s.Run, "make apply-plan ENV=production") {
				applies++
			}
			if s.holdsSecret() && strings.Contains(s.Run, "sudo") {
				t.Errorf("deploy.yml step %q runs sudo with a secret in its environment", s.Name)
			}
		}
	}
	if applies != 1 {
		t.Errorf("deploy.yml runs make apply-plan ENV=production %d times; want once", applies)
	}
}
