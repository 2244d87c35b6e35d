package review

import (
	"fmt"
	"sort"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/review/snapshot"
)

func containerChanges(base, head []snapshot.Container) []item {
	added, removed, kept := match(base, head, func(c snapshot.Container) string { return c.Name })
	var out []item
	for _, c := range added {
		out = append(out, item{section: secContainers, head: fmt.Sprintf("Added **%s** (%s)", c.Name, c.Fields["image"])})
	}
	for _, c := range removed {
		it := item{section: secContainers, head: fmt.Sprintf("Removed **%s**", c.Name)}
		if len(c.DataVolumes) > 0 {
			it.data = true
			it.details = []string{fmt.Sprintf("its data volume (at %s) is kept but no longer used", volumeTargets(c))}
		}
		out = append(out, it)
	}
	for _, p := range kept {
		if it, ok := containerChange(p.base, p.head); ok {
			out = append(out, it)
		}
	}
	return out
}

// containerChange: any replacing field changed replaces the container; memory alone
// is updated in place. A replaced container with a data volume restarts on its data;
// a volume changed or dropped leaves the old data unmounted.
func containerChange(b, h snapshot.Container) (item, bool) {
	var d []string
	var volumes []string
	for _, k := range fieldKeys(b.Fields, h.Fields) {
		before, after := b.Fields[k], h.Fields[k]
		if before == after {
			continue
		}
		switch {
		case strings.HasPrefix(k, "volume ") && before != "":
			volumes = append(volumes, fmt.Sprintf("volume at %s: %s → %s: the old volume's data is no longer mounted",
				strings.TrimPrefix(k, "volume "), before, orNone(after)))
		case strings.HasPrefix(k, "file ") && before != "" && after != "":
			d = append(d, k+" changed")
		default:
			d = append(d, field(k, before, after)...)
		}
	}
	if len(d)+len(volumes) == 0 {
		if b.Memory == h.Memory {
			return item{}, false
		}
		return item{section: secContainers, head: fmt.Sprintf("Updated **%s** in place: memory %d → %d MB", h.Name, b.Memory, h.Memory)}, true
	}
	if b.Memory != h.Memory {
		d = append(d, fmt.Sprintf("memory: %d → %d MB", b.Memory, h.Memory))
	}
	it := item{section: secContainers, head: fmt.Sprintf("Replaced **%s**", h.Name), details: d}
	if len(volumes) > 0 {
		it.data = true
		it.details = append(it.details, volumes...)
	} else if len(h.DataVolumes) > 0 {
		it.data = true
		it.details = append(it.details, fmt.Sprintf("restarts on its data (volume at %s, kept)", volumeTargets(h)))
	}
	return it, true
}

func fieldKeys(a, b map[string]string) []string {
	seen := map[string]bool{}
	var keys []string
	for _, m := range []map[string]string{a, b} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// volumeTargets are where c mounts its volumes: the same in every environment, unlike
// the volumes' names, so the change reads once for all of them.
func volumeTargets(c snapshot.Container) string {
	var out []string
	for _, k := range fieldKeys(c.Fields, nil) {
		if t, ok := strings.CutPrefix(k, "volume "); ok {
			out = append(out, t)
		}
	}
	return strings.Join(out, ", ")
}
