package rules

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/template"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	opsmodel "github.com/magicunicorn/ops-center-monitoring/model"
)

// promtool's unit-test file format (cmd/promtool/unittest.go), only what we use.
type unitTestFile struct {
	RuleFiles          []string       `yaml:"rule_files"`
	EvaluationInterval model.Duration `yaml:"evaluation_interval"`
	Tests              []testGroup    `yaml:"tests"`
}

type testGroup struct {
	Name          string          `yaml:"name"`
	Interval      model.Duration  `yaml:"interval"`
	InputSeries   []inputSeries   `yaml:"input_series"`
	AlertRuleTest []alertTestCase `yaml:"alert_rule_test"`
}

type inputSeries struct {
	Series string `yaml:"series"`
	Values string `yaml:"values"`
}

type alertTestCase struct {
	EvalTime  model.Duration `yaml:"eval_time"`
	Alertname string         `yaml:"alertname"`
	ExpAlerts []expAlert     `yaml:"exp_alerts"`
}

type expAlert struct {
	ExpLabels      map[string]string `yaml:"exp_labels"`
	ExpAnnotations map[string]string `yaml:"exp_annotations"`
}

// unitTests turns an alert's test cases into promtool tests for env's timings:
//   - a firing case is checked one evaluation after onset+for (and no earlier than the
//     value settles) with every label and expanded annotation, and, when for > 0, at the
//     last evaluation before onset+for, where it must still be pending;
//   - a silent case is checked when it would have fired.
func unitTests(env opsmodel.Environment, a alerts.Alert, t opsmodel.Timings) unitTestFile {
	eval := t.EvaluationInterval
	forD := t.For(a.For)
	file := unitTestFile{
		RuleFiles:          []string{"../recording-rules.yml", "../alert-rules.yml"},
		EvaluationInterval: model.Duration(eval),
	}
	for _, c := range a.Tests {
		g := testGroup{Name: a.Name + ": " + c.Name, Interval: model.Duration(c.Interval())}
		for _, s := range c.Series {
			g.InputSeries = append(g.InputSeries, inputSeries(s))
		}
		due := ceilTo(c.Onset+forD, eval)
		check := max(due+eval, ceilTo(c.Steady, eval))
		if len(c.Fires) == 0 {
			g.AlertRuleTest = append(g.AlertRuleTest, alertTestCase{EvalTime: model.Duration(check), Alertname: a.Name, ExpAlerts: []expAlert{}})
		} else {
			if forD > 0 {
				g.AlertRuleTest = append(g.AlertRuleTest, alertTestCase{EvalTime: model.Duration(due - eval), Alertname: a.Name, ExpAlerts: []expAlert{}})
			}
			tc := alertTestCase{EvalTime: model.Duration(check), Alertname: a.Name}
			for _, f := range c.Fires {
				tc.ExpAlerts = append(tc.ExpAlerts, expected(env, a, f, check))
			}
			g.AlertRuleTest = append(g.AlertRuleTest, tc)
		}
		file.Tests = append(file.Tests, g)
	}
	return file
}

// expected is what Prometheus must produce for one firing alert: the result's labels
// plus the rule's, and the annotations expanded as Prometheus expands them.
func expected(env opsmodel.Environment, a alerts.Alert, f alerts.Firing, at time.Duration) expAlert {
	lbls := map[string]string{}
	for k, v := range f.Labels {
		lbls[k] = v
	}
	for k, v := range a.AllLabels() {
		lbls[k] = v
	}
	ann := annotations(env, a)
	for k, text := range ann {
		ann[k] = expand(a.Name, text, f, at)
	}
	return expAlert{ExpLabels: lbls, ExpAnnotations: ann}
}

// expand runs an annotation template through Prometheus' template engine with the
// same convenience variables the rule manager defines.
func expand(name, text string, f alerts.Firing, at time.Duration) string {
	defs := "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}"
	data := template.AlertTemplateData(f.Labels, nil, "", promql.Sample{F: f.Value})
	exp := template.NewTemplateExpander(context.Background(), defs+text, "__alert_"+name, data,
		model.Time(at.Milliseconds()), nil, &url.URL{}, nil)
	out, err := exp.Expand()
	if err != nil {
		// Validation parsed the template already; surface the problem in the test diff.
		return fmt.Sprintf("<error expanding template: %s>", strings.TrimSpace(err.Error()))
	}
	return out
}
