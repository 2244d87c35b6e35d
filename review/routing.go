package review

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/magicunicorn/ops-center-monitoring/review/snapshot"
)

func routingChanges(base, head snapshot.Routing) []item {
	out := routeChanges(base.Routes, head.Routes)
	out = append(out, receiverChanges(base.Receivers, head.Receivers)...)
	out = append(out, inhibitionChanges(base.Inhibitions, head.Inhibitions)...)
	return append(out, templateChanges(base.Templates, head.Templates)...)
}

func describeRoute(r snapshot.Route) string {
	s := fmt.Sprintf("to %s", r.Receiver)
	if r.Matchers != "" {
		s += " when " + code(r.Matchers)
	}
	if r.Continue {
		s += ", continue"
	}
	return s
}

func routeChanges(base, head []snapshot.Route) []item {
	added, removed, kept := match(base, head, func(r snapshot.Route) string { return r.Path })
	var out []item
	for _, r := range added {
		out = append(out, item{section: secRouting, head: fmt.Sprintf("Added route %s %s", r.Path, describeRoute(r))})
	}
	for _, r := range removed {
		out = append(out, item{section: secRouting, head: fmt.Sprintf("Removed route %s %s", r.Path, describeRoute(r))})
	}
	for _, p := range kept {
		b, h := p.base, p.head
		var d []string
		d = append(d, field("receiver", b.Receiver, h.Receiver)...)
		d = append(d, codeField("matchers", b.Matchers, h.Matchers)...)
		d = append(d, field("group_by", b.GroupBy, h.GroupBy)...)
		d = append(d, field("timings", b.Timings, h.Timings)...)
		d = append(d, field("continue", strconv.FormatBool(b.Continue), strconv.FormatBool(h.Continue))...)
		if len(d) > 0 {
			out = append(out, item{section: secRouting, head: "Changed route " + h.Path, details: d})
		}
	}
	return out
}

func receiverChanges(base, head []snapshot.Receiver) []item {
	added, removed, kept := match(base, head, func(r snapshot.Receiver) string { return r.Name })
	var out []item
	for _, r := range added {
		out = append(out, item{section: secRouting, head: fmt.Sprintf("Added receiver **%s**: %s", r.Name, list(r.Integrations))})
	}
	for _, r := range removed {
		out = append(out, item{section: secRouting, head: fmt.Sprintf("Removed receiver **%s** (%s)", r.Name, list(r.Integrations))})
	}
	for _, p := range kept {
		if d := setField("integrations", p.base.Integrations, p.head.Integrations); d != nil {
			out = append(out, item{section: secRouting, head: fmt.Sprintf("Changed receiver **%s**", p.head.Name), details: d})
		}
	}
	return out
}

func describeInhibition(in snapshot.Inhibition) string {
	return fmt.Sprintf("%s mutes %s on equal %s", code(in.Source), code(in.Target), orNone(in.Equal))
}

func inhibitionChanges(base, head []snapshot.Inhibition) []item {
	added, removed, _ := match(base, head, describeInhibition)
	var out []item
	for _, in := range added {
		out = append(out, item{section: secRouting, head: "Added inhibition: " + describeInhibition(in)})
	}
	for _, in := range removed {
		out = append(out, item{section: secRouting, head: "Removed inhibition: " + describeInhibition(in)})
	}
	return out
}

func templateChanges(base, head map[string]string) []item {
	var names []string
	for n := range base {
		names = append(names, n)
	}
	for n := range head {
		if _, ok := base[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var out []item
	for _, n := range names {
		b, inB := base[n]
		h, inH := head[n]
		switch {
		case !inB:
			out = append(out, item{section: secRouting, head: fmt.Sprintf("Added template `%s`", n)})
		case !inH:
			out = append(out, item{section: secRouting, head: fmt.Sprintf("Removed template `%s`", n)})
		case b != h:
			out = append(out, item{section: secRouting, head: fmt.Sprintf("Changed template `%s`", n)})
		}
	}
	return out
}
