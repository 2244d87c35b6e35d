package alerts

import (
	"slices"

	"github.com/prometheus/prometheus/promql/parser"
)

// MetricsOf lists the metric names an expression selects, sorted and unique.
func MetricsOf(expr string) []string {
	e, err := promql.ParseExpr(expr)
	if err != nil {
		return nil // Validate reports it
	}
	var out []string
	parser.Inspect(e, func(n parser.Node, _ []parser.Node) error {
		if vs, ok := n.(*parser.VectorSelector); ok && vs.Name != "" && !slices.Contains(out, vs.Name) {
			out = append(out, vs.Name)
		}
		return nil
	})
	slices.Sort(out)
	return out
}

// SourceMetrics lists the exported metrics an expression depends on, reading
// through the recording rules it uses, sorted and unique.
func SourceMetrics(expr string, recording []Recording) []string {
	byName := map[string]string{}
	for _, r := range recording {
		byName[r.Record] = r.Expr
	}
	var out []string
	var walk func(string)
	walk = func(e string) {
		for _, m := range MetricsOf(e) {
			if inner, ok := byName[m]; ok {
				walk(inner)
			} else if !slices.Contains(out, m) {
				out = append(out, m)
			}
		}
	}
	walk(expr)
	slices.Sort(out)
	return out
}
