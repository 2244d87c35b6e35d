package snapshot

import (
	"sort"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

func jobs(env model.Environment) []Job {
	var out []Job
	for _, j := range env.Jobs() {
		job := Job{Name: j.Name, Probe: j.Probe, MetricsPath: j.MetricsPath}
		for _, t := range j.Targets {
			job.Targets = append(job.Targets, t.Address+labelSet(t.Labels))
		}
		out = append(out, job)
	}
	return out
}

// labelSet writes labels as ` {a="1",b="2"}`, sorted; empty for none.
func labelSet(labels map[string]string) string {
	if len(labels) == 0 {
		return ""
	}
	var kv []string
	for k, v := range labels {
		kv = append(kv, k+"="+`"`+v+`"`)
	}
	sort.Strings(kv)
	return " {" + strings.Join(kv, ",") + "}"
}
