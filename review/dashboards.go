package review

import (
	"fmt"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/review/snapshot"
)

func dashboardChanges(base, head []snapshot.Dashboard) []item {
	added, removed, kept := match(base, head, func(d snapshot.Dashboard) string { return d.UID })
	var out []item
	for _, d := range added {
		out = append(out, item{section: secDashboards,
			head: fmt.Sprintf("Added **%s** (`%s`, folder %s) with %d panels", d.Title, d.UID, d.Folder, len(d.Panels))})
	}
	for _, d := range removed {
		out = append(out, item{section: secDashboards, head: fmt.Sprintf("Removed **%s** (`%s`)", d.Title, d.UID)})
	}
	for _, p := range kept {
		b, h := p.base, p.head
		var d []string
		d = append(d, field("title", b.Title, h.Title)...)
		d = append(d, field("folder", b.Folder, h.Folder)...)
		d = append(d, panelChanges(b.Panels, h.Panels)...)
		if len(d) > 0 {
			out = append(out, item{section: secDashboards, head: fmt.Sprintf("Changed **%s** (`%s`)", h.Title, h.UID), details: d})
		}
	}
	return out
}

func panelChanges(base, head []snapshot.Panel) []string {
	added, removed, kept := match(base, head, func(p snapshot.Panel) string { return p.Key })
	var out []string
	for _, p := range added {
		out = append(out, fmt.Sprintf("added panel %q (%s, unit %s): %s", p.Key, p.Type, orNone(p.Unit), queries(p.Queries)))
	}
	for _, p := range removed {
		out = append(out, fmt.Sprintf("removed panel %q", p.Key))
	}
	for _, pp := range kept {
		b, h := pp.base, pp.head
		var d []string
		d = append(d, field("type", b.Type, h.Type)...)
		d = append(d, field("unit", b.Unit, h.Unit)...)
		d = append(d, field("thresholds", b.Thresholds, h.Thresholds)...)
		for i := 0; i < len(b.Queries) || i < len(h.Queries); i++ {
			d = append(d, codeField(fmt.Sprintf("query %c", 'A'+i), at(b.Queries, i), at(h.Queries, i))...)
		}
		if len(d) > 0 {
			out = append(out, fmt.Sprintf("panel %q: %s", h.Key, strings.Join(d, "; ")))
		}
	}
	return out
}

func queries(qs []string) string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = code(q)
	}
	return list(out)
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}
