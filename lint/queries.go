package lint

import (
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
	"github.com/grafana/grafana-foundation-sdk/go/prometheus"
	"github.com/magicunicorn/ops-center-monitoring/dashboards"
)

// Query is one panel query, as the live test runs it.
type Query struct {
	DashboardUID, Panel, RefID, Expr string
}

// Queries lists every panel query of the dashboards, in layout order.
func Queries(all []dashboards.Dashboard) []Query {
	var out []Query
	for _, d := range all {
		for _, p := range panels(d.Model.Panels) {
			for _, t := range p.Targets {
				if q, ok := t.(prometheus.Dataquery); ok {
					out = append(out, Query{DashboardUID: d.UID, Panel: deref(p.Title), RefID: deref(q.RefId), Expr: q.Expr})
				}
			}
		}
	}
	return out
}

// AllQueries builds the dashboards and lists their queries.
func AllQueries() ([]Query, error) {
	all, err := dashboards.All()
	if err != nil {
		return nil, err
	}
	return Queries(all), nil
}

func panels(list []dashboard.PanelOrRowPanel) []dashboard.Panel {
	var out []dashboard.Panel
	for _, p := range list {
		if p.Panel != nil {
			out = append(out, *p.Panel)
		}
		if p.RowPanel != nil {
			out = append(out, p.RowPanel.Panels...)
		}
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
