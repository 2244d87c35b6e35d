package lint

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"sync"

	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/cog/plugins"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
)

var registerPlugins sync.Once

// StrictRoundTrip decodes a dashboard with the foundation SDK's strict decoder
// (unknown fields, wrong types and missing required fields fail, down to panel
// options and queries), then decodes it into the SDK's types, encodes it again
// and requires the same JSON back: nothing in the file is lost or reshaped.
//
// The value for the round trip comes from the SDK's plain decoder: in v0.0.22
// the strict decoders of panels, options and queries report success with an
// empty, non-nil error list, which their callers take for a failure and drop
// the decoded value (the errors they find still propagate).
func StrictRoundTrip(raw []byte) error {
	registerPlugins.Do(plugins.RegisterDefaultPlugins)
	var strict dashboard.Dashboard
	if err := strictErr(strict.UnmarshalJSONStrict(raw)); err != nil {
		return fmt.Errorf("strict unmarshal: %w", err)
	}
	var d dashboard.Dashboard
	if err := json.Unmarshal(raw, &d); err != nil {
		return fmt.Errorf("unmarshal: %w", err)
	}
	again, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("marshal: %w", err)
	}
	var before, after any
	if err := json.Unmarshal(raw, &before); err != nil {
		return err
	}
	if err := json.Unmarshal(again, &after); err != nil {
		return err
	}
	if path := firstDifference("", before, after); path != "" {
		return fmt.Errorf("JSON changed in the round trip through the SDK's types at %s", path)
	}
	return nil
}

// strictErr undoes the SDK returning an empty BuildErrors (a non-nil error
// interface) when there is nothing wrong.
func strictErr(err error) error {
	var be cog.BuildErrors
	if errors.As(err, &be) && len(be) == 0 {
		return nil
	}
	return err
}

// firstDifference is the JSON path of the first value that differs ("" if none).
func firstDifference(path string, a, b any) string {
	switch x := a.(type) {
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok {
			return orRoot(path)
		}
		for _, k := range sortedKeys(x, y) {
			if d := firstDifference(path+"."+k, x[k], y[k]); d != "" {
				return d
			}
		}
		return ""
	case []any:
		y, ok := b.([]any)
		if len(x) == 0 && b == nil {
			return "" // the SDK decodes an empty list to nil: the same to Grafana
		}
		if !ok || len(x) != len(y) {
			return orRoot(path)
		}
		for i := range x {
			if d := firstDifference(fmt.Sprintf("%s[%d]", path, i), x[i], y[i]); d != "" {
				return d
			}
		}
		return ""
	}
	if !reflect.DeepEqual(a, b) {
		return orRoot(path)
	}
	return ""
}

func orRoot(path string) string {
	if path == "" {
		return "the top level"
	}
	return path
}

func sortedKeys(maps ...map[string]any) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range maps {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}
