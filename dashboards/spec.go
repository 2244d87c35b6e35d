package dashboards

import (
	"fmt"

	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/common"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
)

// spec is one dashboard before it is built: its identity, the series its job and
// instance variables are read from, and its rows of panels with how to read each.
type spec struct {
	file, uid, title, category, purpose string
	folder                              Folder
	critical                            bool
	// anchor is the series whose job and instance labels fill the $job and
	// $instance variables.
	anchor string
	// perHost dashboards show what an agent on each host reports: they get a
	// $host variable, and their queries select on it (hostVars).
	perHost bool
	related []string // UIDs linked from the dashboard header
	rows    []row
}

type row struct {
	title  string
	panels []item
}

// item is one panel with the guide's advice on reading it.
type item struct {
	panel cog.Builder[dashboard.Panel]
	read  string
}

func (s spec) build() (Dashboard, error) {
	b := dashboard.NewDashboardBuilder(s.title).
		Uid(s.uid).
		Description(s.purpose).
		Tags([]string{"ops-center", s.category}).
		Editable().
		Tooltip(dashboard.DashboardCursorSyncCrosshair).
		Refresh(refresh(s.critical)).
		Time("now-6h", "now").
		Timezone(common.TimeZoneBrowser).
		WithVariable(datasourceVariable()).
		WithVariable(jobVariable(s.anchor))
	if s.perHost {
		b.WithVariable(hostVariable(s.anchor)).WithVariable(hostInstanceVariable(s.anchor))
	} else {
		b.WithVariable(instanceVariable(s.anchor))
	}
	b.WithVariable(intervalVariable())
	for _, l := range headerLinks(s.related) {
		b.Link(l)
	}
	for _, r := range s.rows {
		b.WithRow(dashboard.NewRowBuilder(r.title))
		for _, it := range r.panels {
			b.WithPanel(it.panel)
		}
	}
	model, err := b.Build()
	if err != nil {
		return Dashboard{}, fmt.Errorf("dashboard %s: %w", s.uid, err)
	}
	numberPanels(&model)
	return Dashboard{
		FileName: s.file, UID: s.uid, Title: s.title, Folder: s.folder, Category: s.category,
		Critical: s.critical, Purpose: s.purpose, Panels: s.guide(model), Model: model,
	}, nil
}

// refresh is 30s for dashboards watched during incidents, 1m for the others.
func refresh(critical bool) string {
	if critical {
		return "30s"
	}
	return "1m"
}

// numberPanels gives every panel and row a stable id in layout order; Grafana
// needs them unique within a dashboard to link to a single panel.
func numberPanels(d *dashboard.Dashboard) {
	for i := range d.Panels {
		id := uint32(i + 1)
		if p := d.Panels[i].Panel; p != nil {
			p.Id = &id
		}
		if r := d.Panels[i].RowPanel; r != nil {
			r.Id = id
		}
	}
}

// guide pairs each built panel with the advice written next to it in the spec.
func (s spec) guide(d dashboard.Dashboard) []PanelGuide {
	var reads []string
	for _, r := range s.rows {
		for _, it := range r.panels {
			reads = append(reads, it.read)
		}
	}
	var out []PanelGuide
	rowTitle := ""
	for _, p := range d.Panels {
		if p.RowPanel != nil {
			rowTitle = deref(p.RowPanel.Title)
			continue
		}
		g := PanelGuide{Row: rowTitle, Title: deref(p.Panel.Title), Description: deref(p.Panel.Description)}
		if fc := p.Panel.FieldConfig; fc != nil {
			g.Unit = deref(fc.Defaults.Unit)
		}
		if n := len(out); n < len(reads) {
			g.Read = reads[n]
		}
		out = append(out, g)
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
