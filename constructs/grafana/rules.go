package grafana

import (
	"encoding/json"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/dashboards"
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
func RuleGroups(env model.Environment, groups []alerts.Group, folderUID string) []Resource {
	t := env.TimingProfile()
	var out []Resource
	for _, g := range alerts.ForEnvironment(groups, env) {
		var rules []any
		for _, a := range g.Alerts {
			rules = append(rules, map[string]any{
				"name":           a.Name,
				"for":            dur(t.For(a.For)),
				"condition":      "B",
				"no_data_state":  "OK",
				"exec_err_state": "Error",
				"labels":         a.AllLabels(),
				"annotations":    ruleAnnotations(env, a),
				"data":           []any{promQuery(a.Expr), condition()},
			})
		}
		out = append(out, Resource{Type: "grafana_rule_group", ID: "rule-group-" + g.Name, Attrs: map[string]any{
			"name": g.Name, "folder_uid": folderUID,
			"interval_seconds": int(t.EvaluationInterval.Seconds()),
			"rule":             rules,
		}})
	}
	return out
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

func promQuery(expr string) map[string]any {
	m := compactJSON(map[string]any{
		"refId": "A", "expr": expr, "instant": true, "range": false,
		"datasource": map[string]string{"type": "prometheus", "uid": dashboards.PrometheusUID},
	})
	return map[string]any{
		"ref_id": "A", "datasource_uid": dashboards.PrometheusUID, "model": m,
		"relative_time_range": []any{map[string]any{"from": queryWindowSeconds, "to": 0}},
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

func condition() map[string]any {
	m := compactJSON(map[string]any{
		"refId": "B", "type": "math", "expression": firesWhenPresent,
		"datasource": map[string]string{"type": "__expr__", "uid": "__expr__"},
	})
	return map[string]any{
		"ref_id": "B", "datasource_uid": "__expr__", "model": m,
		"relative_time_range": []any{map[string]any{"from": 0, "to": 0}},
	}
}
