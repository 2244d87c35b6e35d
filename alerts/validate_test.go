package alerts

import (
	"slices"
	"strings"
	"testing"
)

// Each bad catalog stops with a message naming the group, the alert and the fix.
func TestValidateNamesWhatIsWrongAndWhere(t *testing.T) {
	base := func() []Group {
		return []Group{{Name: "api", Alerts: append([]Alert{highErrorRate(), highAPILatency()}, sloAlerts()...)}}
	}
	cases := map[string]struct {
		mutate func(g []Group) []Group
		want   string
	}{
		"invalid PromQL": {func(g []Group) []Group { g[0].Alerts[0].Expr = "rate(x[5m]"; return g },
			"group api, alert HighErrorRate: expr is not valid PromQL: 1:11: parse error: unclosed left parenthesis"},
		"duplicate name": {func(g []Group) []Group { return append(g, Group{Name: "dup", Alerts: []Alert{highErrorRate()}}) },
			"group dup, alert HighErrorRate: duplicate alert name, already defined in group api"},
		"unknown severity": {func(g []Group) []Group { g[0].Alerts[0].Severity = "warning"; return g },
			`group api, alert HighErrorRate: severity "warning" is not one of critical, high, medium, none`},
		"missing runbook section": {func(g []Group) []Group { g[0].Alerts[0].Runbook.Diagnosis = nil; return g },
			"group api, alert HighErrorRate: runbook.diagnosis has no steps"},
		"no silent test": {func(g []Group) []Group { g[0].Alerts[0].Tests = g[0].Alerts[0].Tests[:1]; return g },
			"group api, alert HighErrorRate: has no test where it stays silent"},
		"no firing test": {func(g []Group) []Group {
			g[0].Alerts[0].Tests = slices.DeleteFunc(g[0].Alerts[0].Tests, func(t Test) bool { return len(t.Fires) > 0 })
			return g
		},
			"group api, alert HighErrorRate: has no test where it fires"},
		"supersedes an unknown alert": {func(g []Group) []Group { g[0].Alerts[0].Supersedes = []string{"NoSuchAlert"}; return g },
			"alert HighErrorRate: supersedes NoSuchAlert, which is not in the catalog"},
		"supersedes another severity": {func(g []Group) []Group {
			g[0].Alerts[0].Supersedes = []string{"OpsCenterErrorBudgetBurnFast"}
			return g
		},
			"alert HighErrorRate (ops-center, high): supersedes OpsCenterErrorBudgetBurnFast (ops-center, critical); only an alert of its own service and severity, which goes to the same receivers"},
		"supersedes without a reason": {func(g []Group) []Group { g[0].Alerts[0].SupersedesWhy = ""; return g },
			"alert HighErrorRate: supersedes [OpsCenterErrorBudgetBurnSlow] without saying why (supersedes_why)"},
		"unknown dashboard": {func(g []Group) []Group { g[0].Alerts[0].DashboardUID = "ops-nope"; return g },
			`group api, alert HighErrorRate: dashboard_uid "ops-nope" is not a known dashboard`},
	}
	for name, c := range cases {
		err := Validate(c.mutate(base()), RecordingRules())
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", name, err, c.want)
		}
	}
	bad := append(RecordingRules(), Recording{Record: "not_levelled", Expr: "up"})
	if err := Validate(base(), bad); err == nil || err.Error() != "recording rule not_levelled: name must be level:metric:operations" {
		t.Errorf("recording rule name: got %v", err)
	}
}
