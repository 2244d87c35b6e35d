package review

import (
	"fmt"
	"sort"
	"strings"
)

// pair is one thing present at both base and head.
type pair[T any] struct{ base, head T }

// match splits base and head by key into removed (base order), added and kept
// (head order).
func match[T any](base, head []T, key func(T) string) (added, removed []T, kept []pair[T]) {
	inBase := map[string]T{}
	for _, b := range base {
		inBase[key(b)] = b
	}
	inHead := map[string]bool{}
	for _, h := range head {
		inHead[key(h)] = true
		if b, ok := inBase[key(h)]; ok {
			kept = append(kept, pair[T]{b, h})
		} else {
			added = append(added, h)
		}
	}
	for _, b := range base {
		if !inHead[key(b)] {
			removed = append(removed, b)
		}
	}
	return added, removed, kept
}

// field says "name: before → after" when they differ; empty values read "(none)".
func field(name, before, after string) []string {
	if before == after {
		return nil
	}
	return []string{fmt.Sprintf("%s: %s → %s", name, orNone(before), orNone(after))}
}

// codeField is field with the values as inline code.
func codeField(name, before, after string) []string {
	if before == after {
		return nil
	}
	return []string{fmt.Sprintf("%s: %s → %s", name, code(before), code(after))}
}

// setField says which members were added (+) and removed (-).
func setField(name string, before, after []string) []string {
	var added, removed []string
	was := map[string]bool{}
	for _, b := range before {
		was[b] = true
	}
	is := map[string]bool{}
	for _, a := range after {
		is[a] = true
		if !was[a] {
			added = append(added, "+"+a)
		}
	}
	for _, b := range before {
		if !is[b] {
			removed = append(removed, "-"+b)
		}
	}
	if len(added)+len(removed) == 0 {
		return nil
	}
	return []string{name + ": " + strings.Join(append(added, removed...), ", ")}
}

// mapField lists the keys added, removed and changed, sorted by key.
func mapField(name string, before, after map[string]string) []string {
	var keys []string
	for k := range before {
		keys = append(keys, k)
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		b, inB := before[k]
		a, inA := after[k]
		switch {
		case !inB:
			parts = append(parts, fmt.Sprintf("+%s=%q", k, a))
		case !inA:
			parts = append(parts, fmt.Sprintf("-%s=%q", k, b))
		case a != b:
			parts = append(parts, fmt.Sprintf("%s: %q → %q", k, b, a))
		}
	}
	if len(parts) == 0 {
		return nil
	}
	return []string{name + ": " + strings.Join(parts, ", ")}
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// code writes s as inline code on one line, fenced so that backticks inside survive.
func code(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "(none)"
	}
	if strings.Contains(s, "`") {
		return "`` " + s + " ``"
	}
	return "`" + s + "`"
}

func list(s []string) string {
	if len(s) == 0 {
		return "(none)"
	}
	return strings.Join(s, ", ")
}
