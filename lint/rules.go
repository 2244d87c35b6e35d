package lint

import (
	"encoding/json"
	"fmt"

	"github.com/prometheus/prometheus/promql/parser"
)

// rateLike are the functions whose window must be $__rate_interval, so that the
// window always spans enough scrapes whatever the step. increase() may also span
// $__range: "how many in the selected range" is a deliberate question.
var rateLike = map[string]bool{"rate": true, "irate": true, "increase": true, "delta": true, "idelta": true}

// TemplatedDatasource is the data source reference every panel and query must use.
const TemplatedDatasource = "${datasource}"

var promql = parser.NewParser(parser.Options{})

// panelJSON is the part of a panel the rules read.
type panelJSON struct {
	Type        string      `json:"type"`
	Title       string      `json:"title"`
	Description string      `json:"description"`
	Datasource  *dsRef      `json:"datasource"`
	Panels      []panelJSON `json:"panels"` // a collapsed row's panels
	FieldConfig struct {
		Defaults struct {
			Unit string `json:"unit"`
		} `json:"defaults"`
	} `json:"fieldConfig"`
	Targets []struct {
		RefID      string `json:"refId"`
		Expr       string `json:"expr"`
		Datasource *dsRef `json:"datasource"`
	} `json:"targets"`
}

type dsRef struct {
	UID string `json:"uid"`
}

func (d *dsRef) uid() string {
	if d == nil {
		return "(none)"
	}
	return d.UID
}

// CheckDashboard applies the panel and query rules to one dashboard's JSON and
// returns every problem, each naming the dashboard, panel and query.
func CheckDashboard(raw []byte, inv Inventory) []string {
	var d struct {
		UID    string      `json:"uid"`
		Panels []panelJSON `json:"panels"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		return []string{fmt.Sprintf("dashboard JSON: %v", err)}
	}
	var out []string
	for _, p := range flatten(d.Panels) {
		out = append(out, checkPanel(d.UID, p, inv)...)
	}
	return out
}

func flatten(panels []panelJSON) []panelJSON {
	var out []panelJSON
	for _, p := range panels {
		if p.Type == "row" {
			out = append(out, flatten(p.Panels)...)
			continue
		}
		out = append(out, p)
	}
	return out
}

func checkPanel(uid string, p panelJSON, inv Inventory) []string {
	var out []string
	bad := func(format string, args ...any) {
		out = append(out, fmt.Sprintf("%s: panel %q: %s", uid, p.Title, fmt.Sprintf(format, args...)))
	}
	if p.Title == "" {
		bad("has no title")
	}
	if p.Description == "" {
		bad("has no description")
	}
	if p.FieldConfig.Defaults.Unit == "" {
		bad("has no unit")
	}
	if got := p.Datasource.uid(); got != TemplatedDatasource {
		bad("data source is %q, want the templated %q", got, TemplatedDatasource)
	}
	if len(p.Targets) == 0 {
		bad("has no queries")
	}
	for _, t := range p.Targets {
		if got := t.Datasource.uid(); got != TemplatedDatasource {
			bad("query %s: data source is %q, want the templated %q", t.RefID, got, TemplatedDatasource)
		}
		for _, msg := range checkExpr(t.Expr, inv) {
			bad("query %s: %s", t.RefID, msg)
		}
	}
	return out
}

// checkExpr parses a query with Prometheus' parser and checks its metrics and windows.
func checkExpr(expr string, inv Inventory) []string {
	ast, err := promql.ParseExpr(Expand(expr, ParseValues))
	if err != nil {
		return []string{fmt.Sprintf("does not parse: %v", err)}
	}
	var out []string
	seen := map[string]bool{}
	parser.Inspect(ast, func(node parser.Node, _ []parser.Node) error {
		switch n := node.(type) {
		case *parser.VectorSelector:
			if name := metricName(n); name != "" && !seen[name] {
				seen[name] = true
				if _, ok := inv[name]; !ok {
					out = append(out, fmt.Sprintf("metric %q is not in the inventory (exporters, FastAPI, recording rules)", name))
				}
			}
		case *parser.Call:
			if rateLike[n.Func.Name] {
				if msg := checkWindow(n); msg != "" {
					out = append(out, msg)
				}
			}
		}
		return nil
	})
	return out
}

func checkWindow(call *parser.Call) string {
	for _, arg := range call.Args {
		m, ok := arg.(*parser.MatrixSelector)
		if !ok {
			continue
		}
		if m.Range == rateIntervalSentinel || (call.Func.Name == "increase" && m.Range == rangeSentinel) {
			return ""
		}
		return fmt.Sprintf("%s() over [%s]; use [$__rate_interval]", call.Func.Name, windowName(m.Range))
	}
	return ""
}

func metricName(v *parser.VectorSelector) string {
	if v.Name != "" {
		return v.Name
	}
	for _, m := range v.LabelMatchers {
		if m.Name == "__name__" && m.Type == 0 {
			return m.Value
		}
	}
	return ""
}
