// Package dashboards renders the Grafana dashboards to importable JSON files and
// writes docs/DASHBOARD_GUIDE.md from the same definitions.
package dashboards

import (
	"bytes"
	"encoding/json"
	"fmt"

	defs "github.com/magicunicorn/ops-center-monitoring/dashboards"
)

// Dir is where the rendered dashboards go, relative to the repository root.
const Dir = "monitoring/grafana/dashboards"

// GuidePath is the generated guide, relative to the repository root.
const GuidePath = "docs/DASHBOARD_GUIDE.md"

// Files returns every rendered file by repo-relative path: one JSON per dashboard
// (importable through Grafana's UI or API) and the dashboard guide.
func Files() (map[string][]byte, error) {
	all, err := defs.All()
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, d := range all {
		b, err := JSON(d)
		if err != nil {
			return nil, err
		}
		out[Path(d)] = b
	}
	out[GuidePath] = Guide(all)
	return out, nil
}

// Path is the repo-relative path of a dashboard's JSON file.
func Path(d defs.Dashboard) string { return Dir + "/" + d.FileName + ".json" }

// JSON is the dashboard model as Grafana imports it, indented so diffs review well.
// The Grafana stack uses the same bytes as the dashboard's config_json.
func JSON(d defs.Dashboard) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d.Model); err != nil {
		return nil, fmt.Errorf("dashboard %s: %w", d.UID, err)
	}
	return buf.Bytes(), nil
}
