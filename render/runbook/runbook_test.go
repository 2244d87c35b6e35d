package runbook

import (
	"regexp"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// rendered is the runbook as environment name renders it, and that environment.
func rendered(t *testing.T, name string) (string, model.Environment) {
	t.Helper()
	env, err := model.LoadEnvironment("../../environments", name)
	if err != nil {
		t.Fatal(err)
	}
	files, err := Files(env)
	if err != nil {
		t.Fatal(err)
	}
	return string(files[Path]), env
}

func TestEveryAlertHasASectionItsURLLinksTo(t *testing.T) {
	doc, _ := rendered(t, "production")
	headings := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^## (\S+)$`).FindAllStringSubmatch(doc, -1) {
		headings[strings.ToLower(m[1])] = true // GitHub's anchor of a one-word heading
	}
	all := alerts.All(alerts.Catalog())
	if len(headings) != len(all) {
		t.Errorf("%d sections for %d alerts", len(headings), len(all))
	}
	for _, a := range all {
		anchor := strings.TrimPrefix(a.RunbookURL(), alerts.RunbookBaseURL+"#")
		if !headings[anchor] {
			t.Errorf("%s: runbook_url anchor #%s has no section", a.Name, anchor)
		}
	}
	sec := doc[strings.Index(doc, "\n## OpsCenterDown\n"):]
	sec = sec[:strings.Index(sec[1:], "\n## ")+1]
	for _, want := range []string{"**Description**:", "**Impact**:\n- Users cannot reach", "**Diagnosis**:\n1. Check the container: `docker ps -a --filter name=ops-center-direct`",
		"**Resolution**:\n1.", "**Escalation**: Page the on-call", "Severity: **critical**", "https://grafana.magicunicorn.tech/d/ops-api-performance"} {
		if !strings.Contains(sec, want) {
			t.Errorf("OpsCenterDown section lacks %q:\n%s", want, sec)
		}
	}
}

// Each environment's runbook says it deploys exactly the alerts of its rules.
func TestEachEnvironmentsRunbookListsExactlyWhatItDeploys(t *testing.T) {
	for _, name := range model.EnvironmentNames {
		doc, env := rendered(t, name)
		said := map[string]bool{}
		for _, m := range regexp.MustCompile(`(?m)^## (\S+)\n\nDeployed in `+name+`\.$`).FindAllStringSubmatch(doc, -1) {
			said[m[1]] = true
		}
		rules := alerts.All(alerts.ForEnvironment(alerts.Catalog(), env))
		for _, a := range rules {
			if !said[a.Name] {
				t.Errorf("%s deploys %s; its runbook does not say so", name, a.Name)
			}
		}
		if len(said) != len(rules) {
			t.Errorf("%s's runbook says %d alerts are deployed; its rules hold %d", name, len(said), len(rules))
		}
		if notDeployed := strings.Count(doc, "**Not deployed in "+name+"**"); notDeployed+len(rules) != len(alerts.All(alerts.Catalog())) {
			t.Errorf("%s: %d deployed + %d not deployed != the catalog's %d", name, len(rules), notDeployed, len(alerts.All(alerts.Catalog())))
		}
	}
}
