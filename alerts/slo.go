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
// One cause, one notification per receiver: while a threshold alert fires, it
// inhibits its SLO's slow burn, of the same severity (slowBurnWhy). The fast burn
// is critical: it pages, which the threshold alert (high) does not, so both stay.

// slowBurnWhy is why a threshold alert supersedes its SLO's slow burn.
const slowBurnWhy = "Both are high and go to the same people (Slack and email); while the threshold alert fires, the slow burn says the same thing later and less precisely. Once the threshold alert resolves, a slow burn that goes on still notifies. The fast burn is critical and pages, which the threshold alert does not: it is never inhibited by it."

const (
	SLOTarget   = 0.999
	errorBudget = 1 - SLOTarget
	// SLOLabel marks burn-rate alerts; Alertmanager does not let them inhibit.
	SLOLabel = "slo"
)

// objective is one SLO the burn-rate alerts watch: the share of requests that may
// be bad, and the recording rules of that share per window.
type objective struct {
	label  string // value of the slo label
	prefix string // recording rule name without the window
	volume string // the request-rate recording rule of the same requests, without the window
	budget float64
	what   string // what a bad request is, for people
	query  string // diagnosis query, with %s for the short window
}

var (
	availabilitySLO = objective{label: "availability", prefix: RecAPIErrorRatioPrefix, volume: RecAPIRequestsRatePrefix, budget: errorBudget,
		what:  "answered 5xx",
		query: `sum by (endpoint, status_code) (rate(ops_center_api_requests_total{status_code=~"5.."}[%s]))`}
	// LatencySLO: 99% of API requests answer within 1s (the le="1.0" bucket).
	latencySLO = objective{label: "latency", prefix: RecAPISlowRatioPrefix, volume: RecAPITimedRatePrefix, budget: latencyBudget,
		what:  "took longer than 1s",
		query: `topk(10, histogram_quantile(0.99, sum by (endpoint, le) (rate(ops_center_api_request_duration_seconds_bucket[%s]))))`}
)

// LatencyTarget is the share of API requests that must answer within 1s.
const (
	LatencyTarget = 0.99
	latencyBudget = 1 - LatencyTarget
)

func sloAlerts() []Alert {
	return []Alert{
		burnRate(availabilitySLO, "OpsCenterErrorBudgetBurnFast", SeverityCritical, 14.4, "1h", "5m", 2*time.Minute,
			"Page the on-call backend engineer now; at this rate the monthly budget is gone in two days.",
			requests("200", "0+950x70"), requests("500", "0+50x70"), 0.05,
			requests("200", "0+986x70"), requests("500", "0+14x70")),
		burnRate(availabilitySLO, "OpsCenterErrorBudgetBurnSlow", SeverityHigh, 6, "6h", "30m", 15*time.Minute,
			"Handle within working hours; escalate to the backend owner if the budget burn continues for a day.",
			requests("200", "0+990x70"), requests("500", "0+10x70"), 0.01,
			requests("200", "0+995x70"), requests("500", "0+5x70")),
		// 14.4x of a 1% budget: 14.4% of requests slower than 1s.
		burnRate(latencySLO, "OpsCenterLatencyBudgetBurnFast", SeverityCritical, 14.4, "1h", "5m", 2*time.Minute,
			"Page the on-call backend engineer now; at this rate the monthly latency budget is gone in two days.",
			apiCount("0+1000x70"), apiWithin1s("0+800x70"), 0.2,
			apiCount("0+1000x70"), apiWithin1s("0+860x70")),
		burnRate(latencySLO, "OpsCenterLatencyBudgetBurnSlow", SeverityHigh, 6, "6h", "30m", 15*time.Minute,
			"Handle within working hours; escalate to the backend owner if the latency budget burn continues for a day.",
			apiCount("0+1000x70"), apiWithin1s("0+920x70"), 0.08,
			apiCount("0+1000x70"), apiWithin1s("0+945x70")),
	}
}

// apiCount and apiWithin1s are the duration histogram's count and le="1.0" bucket,
// as prometheus_client writes them.
func apiCount(values string) Series {
	return series(`ops_center_api_request_duration_seconds_count{`+apiInstance+`,endpoint="/api/v1/services",method="GET"}`, values)
}

func apiWithin1s(values string) Series {
	return series(`ops_center_api_request_duration_seconds_bucket{`+apiInstance+`,endpoint="/api/v1/services",method="GET",le="1.0"}`, values)
}

func burnRate(o objective, name string, sev Severity, factor float64, long, short string, forDur time.Duration, escalation string,
	firingIn, firingIn2 Series, value float64, silentIn, silentIn2 Series) Alert {
	threshold := fmt.Sprintf("%.4g", factor*o.budget) // 0.0144 and 0.006, without float noise
	target := 1 - o.budget
	return Alert{
		Name: name,
		Expr: fmt.Sprintf("%s%s > %s and %s%s > %s",
			o.prefix, long, threshold, o.prefix, short, threshold) + enoughTraffic(o.volume, long),
		For:      forDur,
		Severity: sev, Service: model.ServiceOpsCenter,
		Labels:       map[string]string{SLOLabel: o.label},
		Summary:      fmt.Sprintf("Ops-Center burns its %s %s budget %gx too fast", pct100(target), o.label, factor),
		Description:  fmt.Sprintf(`{{ $value | humanizePercentage }} of API requests %s over the last %s (and the last %s): %gx the %s budget.`, o.what, long, short, factor, pct100(o.budget)),
		DashboardUID: DashSLA,
		Jobs:         []string{model.JobOpsCenter},
		Runbook: Runbook{
			Description: fmt.Sprintf("The share of Ops-Center API requests that %s has been above %s (%gx the %s budget of a %s %s SLO) over both the last %s and the last %s, for %s, with at least %d requests in the last %s.", o.what, pct100(factor*o.budget), factor, pct100(o.budget), pct100(target), o.label, long, short, forDur, MinRequests, long),
			Impact: []string{
				fmt.Sprintf("Users see requests that %s; the monthly %s %s target is at risk", o.what, pct100(target), o.label),
			},
			Diagnosis: []string{
				promQuery(fmt.Sprintf(o.query, short)),
				"Check HighErrorRate, HighAPILatency, OpsCenterDown and DatabaseDown, which usually say why",
				dockerLogs(model.OpsCenterDemo),
			},
			Resolution: []string{
				"Fix the cause named by the symptom alerts (see their runbooks)",
				"If a deploy started it: roll it back",
			},
			Escalation: escalation,
		},
		Tests: []Test{
			firing(fmt.Sprintf("fires at %s of requests that %s", pct100(value), o.what), time.Minute,
				one(fire(labels("job", "ops-center"), value)), firingIn, firingIn2),
			silent("silent just below the burn threshold", time.Minute, silentIn, silentIn2),
			// Half the requests failing and slow, at 0.2 a minute: under 100 in the long
			// window (12 an hour, 72 in six), so the guard holds it back.
			silent(fmt.Sprintf("silent below %d requests in %s", MinRequests, long), time.Minute,
				requests("200", "0+0.1x70"), requests("500", "0+0.1x70"), apiCount("0+0.2x70"), apiWithin1s("0x70")),
		},
	}
}

func pct100(ratio float64) string { return fmt.Sprintf("%.4g%%", ratio*100) }
