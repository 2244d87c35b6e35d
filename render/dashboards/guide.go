package dashboards

import (
	"fmt"
	"strings"

	defs "github.com/magicunicorn/ops-center-monitoring/dashboards"
)

// Guide writes docs/DASHBOARD_GUIDE.md: for each dashboard what it is for, and for
// each panel what it shows and how to read it.
func Guide(all []defs.Dashboard) []byte {
	var b strings.Builder
	b.WriteString("<!-- Generated from dashboards/ by the render command; do not edit by hand. -->\n")
	b.WriteString("# Dashboard guide\n\n")
	b.WriteString("Every dashboard has the same variables: **Data source** (the Prometheus to read, `prometheus` by default), " +
		"**Job** and **Instance** (which scrape targets to show, all by default) and **Resolution** (the smallest step " +
		"graphs use; choose a coarser one for long ranges). Percentages are green below 70%, yellow from 70% and red " +
		"from 90%. Critical dashboards refresh every 30 seconds, the others every minute.\n\n")
	b.WriteString("| Dashboard | File | UID | Folder | Refresh |\n|---|---|---|---|---|\n")
	for _, d := range all {
		fmt.Fprintf(&b, "| [%s](#%s) | `%s` | `%s` | %s | %s |\n", d.Title, anchor(d.Title), Path(d), d.UID, d.Folder, refresh(d))
	}
	for _, d := range all {
		fmt.Fprintf(&b, "\n## %s\n\n%s\n\nOpen at `%s`. Tags: `%s`.\n", d.Title, d.Purpose, defs.URL(d.UID), strings.Join(d.Model.Tags, "`, `"))
		row := ""
		for _, p := range d.Panels {
			if p.Row != row {
				row = p.Row
				fmt.Fprintf(&b, "\n### %s\n\n", row)
			}
			fmt.Fprintf(&b, "- **%s** (%s): %s %s\n", p.Title, unitName(p.Unit), p.Description, p.Read)
		}
	}
	return []byte(b.String())
}

func refresh(d defs.Dashboard) string {
	if d.Model.Refresh == nil {
		return ""
	}
	return *d.Model.Refresh
}

// anchor is the id GitHub gives a heading.
func anchor(title string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(title) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		case r == ' ':
			b.WriteRune('-')
		}
	}
	return b.String()
}

// unitNames say Grafana's unit ids in words for the guide.
var unitNames = map[string]string{
	"percent": "percent", "percentunit": "percent", "s": "seconds", "reqps": "requests per second",
	"ops": "operations per second", "opm": "per minute", "bytes": "bytes", "Bps": "bytes per second",
	"short": "count",
}

func unitName(u string) string {
	if n, ok := unitNames[u]; ok {
		return n
	}
	return u
}
