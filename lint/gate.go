package lint

import (
	"fmt"
	"sort"
	"strings"
)

// CheckRendered runs the dashboard rules over the rendered dashboard JSON in files
// (repo path -> content), with the inventory read from root. The synth path calls
// it, so a dashboard naming a metric nothing exports stops before any apply.
func CheckRendered(root string, files map[string][]byte) error {
	inv, err := LoadInventory(root)
	if err != nil {
		return fmt.Errorf("metric inventory: %w", err)
	}
	var paths []string
	for p := range files {
		if strings.HasPrefix(p, "monitoring/grafana/dashboards/") && strings.HasSuffix(p, ".json") {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	var problems []string
	for _, p := range paths {
		for _, msg := range CheckDashboard(files[p], inv) {
			problems = append(problems, p+": "+msg)
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("dashboards fail their checks:\n  %s", strings.Join(problems, "\n  "))
	}
	return nil
}
