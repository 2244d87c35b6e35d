package plansummary

import (
	"fmt"
	"strings"
)

// Uncovered lists the changes of fresh that the reviewed plan does not hold: the
// same resource (address) with the same action. A fresh plan made after part of the
// reviewed one was applied (the Alertmanager peers, replaced one at a time) may be
// applied in its place only when this is empty: it then does nothing the reviewer
// did not see.
func (reviewed Summary) Uncovered(fresh Summary) []Change {
	seen := map[string]string{}
	for _, c := range reviewed.Changes {
		seen[c.Address] = c.Action
	}
	var out []Change
	for _, c := range fresh.Changes {
		if seen[c.Address] != c.Action {
			out = append(out, c)
		}
	}
	return out
}

// CoverError is Uncovered as the refusal an apply prints, or nil.
func (reviewed Summary) CoverError(fresh Summary) error {
	extra := reviewed.Uncovered(fresh)
	if len(extra) == 0 {
		return nil
	}
	var lines []string
	for _, c := range extra {
		lines = append(lines, fmt.Sprintf("%s %s", c.Action, c.Address))
	}
	return fmt.Errorf("the plan after the rolling replace does what the reviewed plan did not (%s); nothing more was applied: plan again and review that", strings.Join(lines, ", "))
}

// Replaced are the names of the containers the plan replaces.
func (s Summary) Replaced() []string {
	var out []string
	for _, c := range s.Changes {
		if c.Type == "docker_container" && c.Action == "replace" {
			out = append(out, c.Name)
		}
	}
	return out
}
