package model

import (
	"fmt"
	"slices"
	"strings"
)

// SelectEnvironments is the set of environments a synth declares: the names in
// only, or every environment when only is empty. An unknown name is an error
// before anything is declared.
func SelectEnvironments(only []string) (map[string]bool, error) {
	selected := map[string]bool{}
	if len(only) == 0 {
		only = EnvironmentNames
	}
	for _, name := range only {
		if !slices.Contains(EnvironmentNames, name) {
			return nil, fmt.Errorf("OPSMON_SYNTH_ENVS: no environment %q; choose among %s (comma-separated), or unset it to synthesize all", name, strings.Join(EnvironmentNames, ", "))
		}
		selected[name] = true
	}
	return selected, nil
}
