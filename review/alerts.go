package review

import (
	"fmt"

	"github.com/magicunicorn/ops-center-monitoring/review/snapshot"
)

func alertChanges(base, head []snapshot.Alert) []item {
	added, removed, kept := match(base, head, func(a snapshot.Alert) string { return a.Name })
	var out []item
	for _, a := range added {
		out = append(out, item{section: secAlerts,
			head:    fmt.Sprintf("Added **%s** (group %s): severity %s, for %s, reaches %s", a.Name, a.Group, a.Severity, a.For, list(a.Receivers)),
			details: append([]string{"expr: " + code(a.Expr)}, mapField("labels", nil, a.Labels)...)})
	}
	for _, a := range removed {
		out = append(out, item{section: secAlerts,
			head: fmt.Sprintf("Removed **%s** (group %s, severity %s; reached %s)", a.Name, a.Group, a.Severity, list(a.Receivers))})
	}
	for _, p := range kept {
		b, h := p.base, p.head
		var d []string
		d = append(d, field("group", b.Group, h.Group)...)
		d = append(d, codeField("expr", b.Expr, h.Expr)...)
		d = append(d, field("for", b.For, h.For)...)
		d = append(d, field("severity", b.Severity, h.Severity)...)
		d = append(d, mapField("labels", b.Labels, h.Labels)...)
		d = append(d, field("receivers", list(b.Receivers), list(h.Receivers))...)
		if len(d) > 0 {
			out = append(out, item{section: secAlerts, head: fmt.Sprintf("Changed **%s** (group %s)", h.Name, h.Group), details: d})
		}
	}
	return out
}
