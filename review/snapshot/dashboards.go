package snapshot

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/grafana/grafana-foundation-sdk/go/dashboard"

	"github.com/magicunicorn/ops-center-monitoring/dashboards"
)

func dashboardOf(d dashboards.Dashboard) Dashboard {
	out := Dashboard{UID: d.UID, Title: d.Title, Folder: string(d.Folder)}
	seen := map[string]int{}
	add := func(row string, p dashboard.Panel) {
		key := deref(p.Title)
		if row != "" {
			key = row + " / " + key
		}
		if seen[key]++; seen[key] > 1 {
			key += " #" + strconv.Itoa(seen[key])
		}
		out.Panels = append(out.Panels, panel(key, p))
	}
	row := ""
	for _, p := range d.Model.Panels {
		if r := p.RowPanel; r != nil {
			row = deref(r.Title)
			for _, inner := range r.Panels {
				add(row, inner)
			}
			continue
		}
		if p.Panel != nil {
			add(row, *p.Panel)
		}
	}
	return out
}

func panel(key string, p dashboard.Panel) Panel {
	out := Panel{Key: key, Type: p.Type}
	for _, t := range p.Targets {
		out.Queries = append(out.Queries, expr(t))
	}
	if fc := p.FieldConfig; fc != nil {
		out.Unit = deref(fc.Defaults.Unit)
		out.Thresholds = thresholds(fc.Defaults.Thresholds)
	}
	return out
}

// expr reads a query's expression whatever its data source's type: every query
// type the dashboards use marshals it as "expr".
func expr(q any) string {
	b, err := json.Marshal(q)
	if err != nil {
		return fmt.Sprintf("(unreadable query: %v)", err)
	}
	var v struct {
		Expr string `json:"expr"`
	}
	_ = json.Unmarshal(b, &v) // a query without expr reads as empty
	return v.Expr
}

// thresholds writes steps as "green, yellow ≥ 70, red ≥ 90" (with "%" in percentage mode).
func thresholds(t *dashboard.ThresholdsConfig) string {
	if t == nil {
		return ""
	}
	suffix := ""
	if t.Mode == dashboard.ThresholdsModePercentage {
		suffix = "%"
	}
	var steps []string
	for _, s := range t.Steps {
		if s.Value == nil {
			steps = append(steps, s.Color)
			continue
		}
		steps = append(steps, s.Color+" ≥ "+strconv.FormatFloat(*s.Value, 'g', -1, 64)+suffix)
	}
	return strings.Join(steps, ", ")
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
