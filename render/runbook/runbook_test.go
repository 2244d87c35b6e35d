package runbook

import (
	"regexp"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

func TestEveryAlertHasASectionItsURLLinksTo(t *testing.T) {
	env, err := model.LoadEnvironment("../../environments", "production")
	if err != nil {
		t.Fatal(err)
	}
	files, err := Files(env)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(files[Path])
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
