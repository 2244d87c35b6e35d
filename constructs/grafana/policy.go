package grafana

import (
	"time"

	"github.com/aws/jsii-runtime-go"
	prommodel "github.com/prometheus/common/model"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/mutetiming"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/notificationpolicy"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
)

// MaintenanceMuteTiming is the weekly window in which planned work mutes
// high and medium notifications; critical pages still go out.
const MaintenanceMuteTiming = "maintenance-window"

// MuteTiming is the maintenance window: Sundays 02:00-04:00 UTC.
func MuteTiming() Decl[mutetiming.MuteTimingConfig] {
	return Decl[mutetiming.MuteTimingConfig]{ID: "mute-timing-maintenance", Config: &mutetiming.MuteTimingConfig{
		Name: jsii.String(MaintenanceMuteTiming),
		Intervals: &[]*mutetiming.MuteTimingIntervals{{
			Weekdays: jsii.Strings("sunday"),
			Times:    &[]*mutetiming.MuteTimingIntervalsTimes{{Start: jsii.String("02:00"), End: jsii.String("04:00")}},
			Location: jsii.String("UTC"),
		}},
	}}
}

// dur writes a duration the way Grafana parses it (5m, not 5m0s).
func dur(d time.Duration) string { return prommodel.Duration(d).String() }

// NotificationPolicy mirrors Alertmanager's route tree: the same grouping and
// timings, one child per severity to the same receiver. contactPoint maps a
// receiver to a reference to its contact point's name; muteTiming references
// the maintenance window.
func NotificationPolicy(env model.Environment, contactPoint map[string]string, muteTiming string) Decl[notificationpolicy.NotificationPolicyConfig] {
	t := env.TimingProfile()
	var children []*notificationpolicy.NotificationPolicyPolicy
	for _, sev := range alerts.Severities {
		receiver := amconfig.ReceiverFor(sev)
		p := &notificationpolicy.NotificationPolicyPolicy{
			ContactPoint: jsii.String(contactPoint[receiver]),
			Matcher: &[]*notificationpolicy.NotificationPolicyPolicyMatcher{{
				Label: jsii.String("severity"), Match: jsii.String("="), Value: jsii.String(string(sev)),
			}},
		}
		switch sev {
		case alerts.SeverityNone:
			// The heartbeat must arrive continuously, as in Alertmanager.
			p.GroupWait = jsii.String("0s")
			p.RepeatInterval = jsii.String(dur(t.GroupInterval))
		case alerts.SeverityHigh, alerts.SeverityMedium:
			p.MuteTimings = jsii.Strings(muteTiming)
		}
		children = append(children, p)
	}
	return Decl[notificationpolicy.NotificationPolicyConfig]{ID: "notification-policy", Config: &notificationpolicy.NotificationPolicyConfig{
		ContactPoint:   jsii.String(contactPoint[amconfig.ReceiverFor(alerts.SeverityHigh)]),
		GroupBy:        jsii.Strings(amconfig.GroupBy...),
		GroupWait:      jsii.String(dur(t.GroupWait)),
		GroupInterval:  jsii.String(dur(t.GroupInterval)),
		RepeatInterval: jsii.String(dur(t.RepeatInterval)),
		Policy:         &children,
	}}
}
