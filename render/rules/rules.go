// Package rules renders the alert catalog into Prometheus rule files and the promtool
// unit tests that prove every alert fires and stays silent when it should.
package rules

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
	"github.com/prometheus/prometheus/promql/parser"
	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	opsmodel "github.com/magicunicorn/ops-center-monitoring/model"
)

// Paths of the rendered files, relative to the repository root.
const (
	AlertRulesPath     = "monitoring/prometheus/alert-rules.yml"
	RecordingRulesPath = "monitoring/prometheus/recording-rules.yml"
	TestsDir           = "monitoring/prometheus/tests"
)

// Files renders the catalog for env: repo-relative path to file content.
func Files(env opsmodel.Environment) (map[string][]byte, error) {
	return Render(env, alerts.Catalog(), alerts.RecordingRules())
}

// Render is Files for any catalog; tests and fault tests feed it broken ones.
// It validates the catalog first and re-parses what it wrote with Prometheus' own
// rule parser, so nothing Prometheus would refuse leaves here.
func Render(env opsmodel.Environment, groups []alerts.Group, recording []alerts.Recording) (map[string][]byte, error) {
	if err := alerts.Validate(groups, recording); err != nil {
		return nil, fmt.Errorf("alert catalog: %w", err)
	}
	groups = alerts.ForEnvironment(groups, env)
	timings := env.TimingProfile()
	out := map[string][]byte{}

	alertFile, err := encode(alertRuleGroups(env, groups, timings))
	if err != nil {
		return nil, err
	}
	recFile, err := encode(recordingRuleGroups(recording))
	if err != nil {
		return nil, err
	}
	for path, content := range map[string][]byte{AlertRulesPath: alertFile, RecordingRulesPath: recFile} {
		if err := checkRules(path, content); err != nil {
			return nil, err
		}
		out[path] = content
	}
	for _, a := range alerts.All(groups) {
		content, err := encode(unitTests(env, a, timings))
		if err != nil {
			return nil, fmt.Errorf("tests of %s: %w", a.Name, err)
		}
		out[TestPath(a.Name)] = content
	}
	return out, nil
}

// TestPath is where an alert's promtool tests are written.
func TestPath(alertName string) string { return TestsDir + "/" + alertName + ".yml" }

func alertRuleGroups(env opsmodel.Environment, groups []alerts.Group, t opsmodel.Timings) rulefmt.RuleGroups {
	var out rulefmt.RuleGroups
	for _, g := range groups {
		rg := rulefmt.RuleGroup{Name: g.Name}
		for _, a := range g.Alerts {
			rg.Rules = append(rg.Rules, rulefmt.Rule{
				Alert:       a.Name,
				Expr:        a.Expr,
				For:         model.Duration(t.For(a.For)),
				Labels:      a.AllLabels(),
				Annotations: annotations(env, a),
			})
		}
		out.Groups = append(out.Groups, rg)
	}
	return out
}

// annotations are the rule's templates; runbook and dashboard links are static.
func annotations(env opsmodel.Environment, a alerts.Alert) map[string]string {
	return map[string]string{
		"summary":       a.Summary,
		"description":   a.Description,
		"runbook_url":   a.RunbookURL(),
		"dashboard_url": alerts.DashboardURL(env.Grafana.URL, a.DashboardUID),
	}
}

func recordingRuleGroups(recording []alerts.Recording) rulefmt.RuleGroups {
	rg := rulefmt.RuleGroup{Name: "recording"}
	for _, r := range recording {
		rg.Rules = append(rg.Rules, rulefmt.Rule{Record: r.Record, Expr: r.Expr})
	}
	return rulefmt.RuleGroups{Groups: []rulefmt.RuleGroup{rg}}
}

func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("# Generated from the Go alert catalog (alerts/). Do not edit: change the Go and re-render.\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), enc.Close()
}

// checkRules parses a rendered file as Prometheus does when it loads it.
func checkRules(path string, content []byte) error {
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	_, errs := rulefmt.Parse(content, false, model.UTF8Validation, parser.NewParser(parser.Options{}), logger)
	if len(errs) > 0 {
		return fmt.Errorf("%s: Prometheus would refuse it: %v", path, errs)
	}
	return nil
}

// ceilTo rounds d up to a multiple of step.
func ceilTo(d, step time.Duration) time.Duration {
	return (d + step - 1) / step * step
}
