package grafana

import (
	"time"

	prommodel "github.com/prometheus/common/model"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
)

// MaintenanceMuteTiming is the weekly window in which planned work mutes
// high and medium notifications; critical pages still go out.
const MaintenanceMuteTiming = "maintenance-window"

// MuteTiming is the maintenance window: Sundays 02:00-04:00 UTC.
func MuteTiming() Resource {
	return Resource{Type: "grafana_mute_timing", ID: "mute-timing-maintenance", Attrs: map[string]any{
		"name": MaintenanceMuteTiming,
		"intervals": []any{map[string]any{
			"weekdays": []any{"sunday"},
			"times":    []any{map[string]any{"start": "02:00", "end": "04:00"}},
			"location": "UTC",
		}},
	}}
}

// dur writes a duration the way Grafana parses it (5m, not 5m0s).
func dur(d time.Duration) string { return prommodel.Duration(d).String() }

// NotificationPolicy mirrors Alertmanager's route tree: the same grouping and
// timings, one child per severity to the same receiver. contactPoint maps a
// receiver to a reference to its contact point's name; muteTiming references
// the maintenance window.
func NotificationPolicy(env model.Environment, contactPoint map[string]string, muteTiming string) Resource {
	t := env.TimingProfile()
	var children []any
	for _, sev := range alerts.Severities {
		receiver := amconfig.ReceiverFor(sev)
		p := map[string]any{
			"contact_point": contactPoint[receiver],
			"matcher":       []any{map[string]any{"label": "severity", "match": "=", "value": string(sev)}},
		}
		switch sev {
		case alerts.SeverityNone:
			// The heartbeat must arrive continuously, as in Alertmanager.
			p["group_wait"] = "0s"
			p["repeat_interval"] = dur(t.GroupInterval)
		case alerts.SeverityHigh, alerts.SeverityMedium:
			p["mute_timings"] = []any{muteTiming}
		}
		children = append(children, p)
	}
	return Resource{Type: "grafana_notification_policy", ID: "notification-policy", Attrs: map[string]any{
		"contact_point":   contactPoint[amconfig.ReceiverFor(alerts.SeverityHigh)],
		"group_by":        toAny(amconfig.GroupBy),
		"group_wait":      dur(t.GroupWait),
		"group_interval":  dur(t.GroupInterval),
		"repeat_interval": dur(t.RepeatInterval),
		"policy":          children,
	}}
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
