package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// blackboxHTTP selects the HTTP health probes of the monitored services.
const blackboxHTTP = `job="` + model.JobBlackboxHTTP + `"`

// Outage arithmetic over the dashboard's range, per job: every outage flips up
// twice (down, then up again), and a range without a change has no outage. MTTR
// and MTBF divide the time summed over a job's targets by the outages summed over
// them: an average over the targets would divide one target's share by every
// target's outages (Alertmanager x3, blackbox x3, Redis x2 read too low).
func uptimeShare() string {
	return `avg by (job) (avg_over_time(` + sel("up", vars, "") + `[$__range]))`
}
func outages() string {
	return `(sum by (job) (changes(` + sel("up", vars, "") + `[$__range])) > 0) / 2`
}
func downtimeSeconds() string {
	return `sum by (job) ((1 - avg_over_time(` + sel("up", vars, "") + `[$__range])) * $__range_s)`
}
func uptimeSeconds() string {
	return `sum by (job) (avg_over_time(` + sel("up", vars, "") + `[$__range]) * $__range_s)`
}

func sla() spec {
	return spec{
		file: "sla-dashboard", uid: UIDSLA, title: titles[UIDSLA],
		category: "sla", folder: FolderPlatform, critical: true, anchor: "up",
		purpose: "Are we meeting the 99.9% availability objective? Probe-based uptime, availability per component, " +
			"mean time to recovery and between failures, and SLA compliance over the selected range.",
		related: []string{UIDErrors, UIDAPI, UIDSystemHealth, UIDDocker},
		rows: []row{
			{"Objective", []item{
				{statPanel("99.9% uptime tracking", "Share of health probes that succeeded over the selected range, per service.", units.PercentUnit,
					query(`avg by (service) (avg_over_time(`+sel("probe_success", blackboxHTTP, "")+`[$__range]))`, "{{service}}")).
					Thresholds(availabilityThresholds()).Decimals(3).Span(halfWidth),
					"Red is below 99.9%: over 30 days that is more than 43 minutes down. Set the range to 30d for the monthly figure."},
				{statPanel("SLA compliance percentage", "Share of API requests answered without a 5xx over the selected range.", units.PercentUnit,
					query(`1 - avg_over_time(`+sel(recAPIErrorRatio1h, `job="`+model.JobOpsCenter+`"`, "")+`[$__range])`, "requests OK")).
					Thresholds(availabilityThresholds()).Decimals(3),
					"The request-based view of the same objective; it can be red while probes are green when only some endpoints fail."},
				{statPanel("Error budget remaining", "Share of the 0.1% error budget not yet spent by 5xx responses in the range.", units.PercentUnit,
					query(`1 - avg_over_time(`+sel(recAPIErrorRatio1h, `job="`+model.JobOpsCenter+`"`, "")+`[$__range]) / 0.001`, "budget left")).
					Thresholds(floorThresholds(budgetRed, budgetYellow)).Decimals(1),
					"Green while half or more is left; red under 25% (slow down risky changes) and below zero, where the objective is missed for the range."},
			}},
			{"Components", []item{
				{timeseriesPanel("Service availability per component", "Share of each scrape job's targets that are up.", units.PercentUnit,
					query(sel(recServiceAvailability, `job=~"$job"`, ""), "{{job}}")).Min(0).Max(1).Span(fullWidth),
					"1 is every target up. A dip to a fraction means one of several targets is down."},
				{tablePanel("Availability over range", "Share of the range each job's targets were up.", units.PercentUnit,
					tableQuery(uptimeShare())).Thresholds(availabilityThresholds()),
					"Sort ascending to find the least available component."},
				{tablePanel("Mean time to recovery (MTTR)", "Average outage length per job over the range (downtime divided by outages).", units.Seconds,
					tableQuery(downtimeSeconds()+` / (`+outages()+`)`)),
					"Only jobs with an outage in the range appear. Minutes is good; hours means detection or runbooks need work."},
				{tablePanel("Mean time between failures (MTBF)", "Average up time between outages per job over the range.", units.Seconds,
					tableQuery(uptimeSeconds()+` / (`+outages()+`)`)),
					"Longer is better; compare week to week. Jobs without an outage in the range are not listed."},
			}},
		},
	}
}
