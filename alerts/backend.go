package alerts

import (
	"slices"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// BackendDependency is an alert that stays silent until the backend makes calls
// beyond the baseline instrument(app): it reads metric families only those feed.
type BackendDependency struct {
	Alert string
	Calls []string // model.BackendCall.Call values, in the model's order
}

// NeedsBackendCalls lists, in catalog order, every alert whose metrics appear only
// when the backend makes a call beyond the baseline.
func NeedsBackendCalls(groups []Group, recording []Recording) []BackendDependency {
	var out []BackendDependency
	for _, a := range All(groups) {
		var calls []string
		for _, m := range SourceMetrics(a.Expr, recording) {
			c, ok := model.CallFeeding(model.FamilyOf(m))
			if ok && !c.Baseline && !slices.Contains(calls, c.Call) {
				calls = append(calls, c.Call)
			}
		}
		if len(calls) > 0 {
			out = append(out, BackendDependency{Alert: a.Name, Calls: calls})
		}
	}
	return out
}
