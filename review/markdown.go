package review

import (
	"fmt"
	"strings"
)

// write lays the items out by section, with a one-line count first. envCount is
// how many environments there are: an item in all of them names none.
func write(baseName, headName string, items []item, envCount int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## Monitoring review: %s → %s\n\n", baseName, headName)
	if len(items) == 0 {
		b.WriteString("No change to alerts, routing, scrape jobs, dashboards or containers.\n")
		return b.String()
	}
	var counts []string
	data := 0
	for _, sec := range sections {
		n := 0
		for _, it := range items {
			if it.section == sec {
				n++
			}
		}
		if n > 0 {
			counts = append(counts, fmt.Sprintf("%s %d", strings.ToLower(sec), n))
		}
	}
	for _, it := range items {
		if it.data {
			data++
		}
	}
	fmt.Fprintf(&b, "Changes: %s.", strings.Join(counts, ", "))
	if data > 0 {
		fmt.Fprintf(&b, " **!!! DATA: %d touch data, read them first.**", data)
	}
	b.WriteString("\n")
	for _, sec := range sections {
		first := true
		for _, it := range ordered(items, sec) {
			if first {
				fmt.Fprintf(&b, "\n### %s\n\n", sec)
				first = false
			}
			b.WriteString("- ")
			if it.data {
				b.WriteString("**!!! DATA** ")
			}
			b.WriteString(it.head)
			if len(it.envs) > 0 && len(it.envs) < envCount {
				fmt.Fprintf(&b, " _(%s)_", strings.Join(it.envs, ", "))
			}
			b.WriteString("\n")
			for _, d := range it.details {
				fmt.Fprintf(&b, "  - %s\n", d)
			}
		}
	}
	return b.String()
}

// ordered are the items of one section, those touching data first, and the same
// headline of several environments together, otherwise in the order found.
func ordered(items []item, section string) []item {
	var out []item
	for _, data := range []bool{true, false} {
		var heads []string
		byHead := map[string][]item{}
		for _, it := range items {
			if it.section != section || it.data != data {
				continue
			}
			if byHead[it.head] == nil {
				heads = append(heads, it.head)
			}
			byHead[it.head] = append(byHead[it.head], it)
		}
		for _, h := range heads {
			out = append(out, byHead[h]...)
		}
	}
	return out
}
