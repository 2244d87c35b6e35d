package alerts

import (
	"fmt"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// SLO: Ops-Center API availability of 99.9% (at most 0.1% of requests answer 5xx),
// alerted on error-budget burn rate with a long window for significance and a short
// one that ends the alert soon after recovery. A fast burn (14.4x: 2% of a 30-day
// budget in an hour) pages; a slow burn (6x: 5% in six hours) goes to Slack and email.
//
// Burn-rate alerts carry slo="availability" and do not inhibit other alerts: they
// summarise symptoms, and the symptom alerts (HighErrorRate) say what is wrong.

const (
	SLOTarget   = 0.999
	errorBudget = 1 - SLOTarget
	// SLOLabel marks burn-rate alerts; Alertmanager does not let them inhibit.
	SLOLabel = "slo"
)

func sloAlerts() []Alert {
	return []Alert{
		burnRate("OpsCenterErrorBudgetBurnFast", SeverityCritical, 14.4, "1h", "5m", 2*time.Minute,
			"Page the on-call backend engineer now; at this rate the monthly budget is gone in two days.",
			requests("200", "0+950x70"), requests("500", "0+50x70"), 0.05,
			requests("200", "0+986x70"), requests("500", "0+14x70")),
		burnRate("OpsCenterErrorBudgetBurnSlow", SeverityHigh, 6, "6h", "30m", 15*time.Minute,
			"Handle within working hours; escalate to the backend owner if the budget burn continues for a day.",
			requests("200", "0+990x70"), requests("500", "0+10x70"), 0.01,
			requests("200", "0+995x70"), requests("500", "0+5x70")),
	}
}

func burnRate(name string, sev Severity, factor float64, long, short string, forDur time.Duration, escalation string,
	okFiring, badFiring Series, value float64, okBelow, badBelow Series) Alert {
	threshold := fmt.Sprintf("%.4g", factor*errorBudget) // 0.0144 and 0.006, without float noise
	return Alert{
		Name: name,
		Expr: fmt.Sprintf("%s%s > %s and %s%s > %s",
			RecAPIErrorRatioPrefix, long, threshold, RecAPIErrorRatioPrefix, short, threshold),
		For:      forDur,
		Severity: sev, Service: model.ServiceOpsCenter,
		Labels:       map[string]string{SLOLabel: "availability"},
		Summary:      fmt.Sprintf("Ops-Center burns its 99.9%% availability budget %gx too fast", factor),
		Description:  fmt.Sprintf(`{{ $value | humanizePercentage }} of API requests failed over the last %s (and the last %s): %gx the 0.1%% error budget.`, long, short, factor),
		DashboardUID: DashSLA,
		Jobs:         []string{model.JobOpsCenter},
		Runbook: Runbook{
			Description: fmt.Sprintf("The share of Ops-Center API requests answering 5xx has been above %s (%gx the 0.1%% budget of a 99.9%% SLO) over both the last %s and the last %s, for %s.", pct100(factor*errorBudget), factor, long, short, forDur),
			Impact: []string{
				"Users see failing requests; the monthly 99.9% availability target is at risk",
			},
			Diagnosis: []string{
				promQuery(`sum by (endpoint, status_code) (rate(ops_center_api_requests_total{status_code=~"5.."}[` + short + `]))`),
				"Check HighErrorRate, OpsCenterDown and DatabaseDown, which usually say why",
				dockerLogs(model.OpsCenterDemo),
			},
			Resolution: []string{
				"Fix the cause named by the symptom alerts (see their runbooks)",
				"If a deploy started it: roll it back",
			},
			Escalation: escalation,
		},
		Tests: []Test{
			firing(fmt.Sprintf("fires at %s errors", pct100(value)), time.Minute,
				one(fire(labels("job", "ops-center"), value)), okFiring, badFiring),
			silent("silent just below the burn threshold", time.Minute, okBelow, badBelow),
		},
	}
}

func pct100(ratio float64) string { return fmt.Sprintf("%.4g%%", ratio*100) }
