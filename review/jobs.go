package review

import (
	"fmt"

	"github.com/magicunicorn/ops-center-monitoring/review/snapshot"
)

func jobChanges(base, head []snapshot.Job) []item {
	added, removed, kept := match(base, head, func(j snapshot.Job) string { return j.Name })
	var out []item
	for _, j := range added {
		out = append(out, item{section: secJobs, head: fmt.Sprintf("Added job **%s**: %s", j.Name, list(j.Targets))})
	}
	for _, j := range removed {
		out = append(out, item{section: secJobs, head: fmt.Sprintf("Removed job **%s** (%s)", j.Name, list(j.Targets))})
	}
	for _, p := range kept {
		b, h := p.base, p.head
		var d []string
		d = append(d, setField("targets", b.Targets, h.Targets)...)
		d = append(d, field("probe", b.Probe, h.Probe)...)
		d = append(d, field("metrics_path", b.MetricsPath, h.MetricsPath)...)
		if len(d) > 0 {
			out = append(out, item{section: secJobs, head: fmt.Sprintf("Changed job **%s**", h.Name), details: d})
		}
	}
	return out
}
