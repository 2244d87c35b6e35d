package grafana

import (
	"encoding/json"
	"strings"

	"github.com/aws/jsii-runtime-go"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/rulegroup"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// firesWhenPresent makes a rule fire for every series its PromQL returns, as a
// Prometheus alerting rule does: the threshold is inside the expression.
const firesWhenPresent = "is_number($A) || is_nan($A) || is_inf($A)"

// queryWindowSeconds is how far back the rule's query may look (its range
// vectors are at most 1h in the catalog; recording rules hold longer windows).
const queryWindowSeconds = 3600

// RuleGroups renders the catalog's alerts for env as Grafana-managed rule
// groups in folderUID: the same names, expressions, for-durations (scaled by
// the environment's timings), labels and annotations as the Prometheus rules.
func RuleGroups(env model.Environment, groups []alerts.Group, folderUID string) []Decl[rulegroup.RuleGroupConfig] {
	t := env.TimingProfile()
	var out []Decl[rulegroup.RuleGroupConfig]
	for _, g := range alerts.ForEnvironment(groups, env) {
		var rules []*rulegroup.RuleGroupRule
		for _, a := range g.Alerts {
			rules = append(rules, &rulegroup.RuleGroupRule{
				Name:         jsii.String(a.Name),
				For:          jsii.String(dur(t.For(a.For))),
				Condition:    jsii.String("B"),
				NoDataState:  jsii.String("OK"),
				ExecErrState: jsii.String("Error"),
				Labels:       stringMap(ruleLabels(env, a)),
				Annotations:  stringMap(ruleAnnotations(env, a)),
				Data:         &[]*rulegroup.RuleGroupRuleData{promQuery(a.Expr), condition()},
			})
		}
		out = append(out, Decl[rulegroup.RuleGroupConfig]{ID: "rule-group-" + g.Name, Config: &rulegroup.RuleGroupConfig{
			Name: jsii.String(g.Name), FolderUid: jsii.String(folderUID),
			IntervalSeconds: jsii.Number(t.EvaluationInterval.Seconds()),
			Rule:            &rules,
		}})
	}
	return out
}

// ruleLabels are the Prometheus rule's labels plus the environment, which
// Prometheus adds as an external label and Grafana's rules must carry themselves.
func ruleLabels(env model.Environment, a alerts.Alert) map[string]string {
	l := a.AllLabels()
	l[model.EnvironmentLabel] = env.Name
	return l
}

// ruleAnnotations are the Prometheus rule's annotations; $value becomes the
// query's value (Grafana's $value is a text summary, not a number), and the
// dashboard link uses Grafana's own annotation so notifications carry it.
func ruleAnnotations(env model.Environment, a alerts.Alert) map[string]string {
	return map[string]string{
		"summary":          a.Summary,
		"description":      strings.ReplaceAll(a.Description, "$value", "$values.A.Value"),
		"runbook_url":      a.RunbookURL(),
		"dashboard_url":    alerts.DashboardURL(env.Grafana.URL, a.DashboardUID),
		"__dashboardUid__": a.DashboardUID,
	}
}

func promQuery(expr string) *rulegroup.RuleGroupRuleData {
	m := compactJSON(map[string]any{
		"refId": "A", "expr": expr, "instant": true, "range": false,
		"datasource": map[string]string{"type": "prometheus", "uid": dashboards.PrometheusUID},
	})
	return &rulegroup.RuleGroupRuleData{
		RefId: jsii.String("A"), DatasourceUid: jsii.String(dashboards.PrometheusUID), Model: jsii.String(m),
		RelativeTimeRange: &rulegroup.RuleGroupRuleDataRelativeTimeRange{From: jsii.Number(queryWindowSeconds), To: jsii.Number(0)},
	}
}

// compactJSON encodes a query model without escaping <, > and & (PromQL uses them).
func compactJSON(v any) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // maps of strings and bools always encode
	return strings.TrimSuffix(b.String(), "\n")
}

func condition() *rulegroup.RuleGroupRuleData {
	m := compactJSON(map[string]any{
		"refId": "B", "type": "math", "expression": firesWhenPresent,
		"datasource": map[string]string{"type": "__expr__", "uid": "__expr__"},
	})
	return &rulegroup.RuleGroupRuleData{
		RefId: jsii.String("B"), DatasourceUid: jsii.String("__expr__"), Model: jsii.String(m),
		RelativeTimeRange: &rulegroup.RuleGroupRuleDataRelativeTimeRange{From: jsii.Number(0), To: jsii.Number(0)},
	}
}
