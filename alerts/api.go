package alerts

import (
	"fmt"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// API: the request's high-priority alerts on what Ops-Center users experience,
// read from the FastAPI exporter's ops_center_* metrics.

const apiInstance = `job="ops-center",instance="` + opsCenterTarget + `"`

func apiAlerts() []Alert {
	return []Alert{highErrorRate(), highAPILatency(), highAuthFailureRate()}
}

func requests(status, values string) Series {
	return series(`ops_center_api_requests_total{`+apiInstance+`,endpoint="/api/v1/services",method="GET",status_code="`+status+`"}`, values)
}

func highErrorRate() Alert {
	return Alert{
		Name:     "HighErrorRate",
		Expr:     RecAPIErrorRatio5m + ` > 0.05` + enoughTraffic(RecAPIRequestsRatePrefix, "5m"),
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceOpsCenter,
		Supersedes: []string{"OpsCenterErrorBudgetBurnSlow"}, SupersedesWhy: slowBurnWhy,
		Summary:      "Ops-Center API error rate above 5%",
		Description:  `{{ $value | humanizePercentage }} of Ops-Center API requests answered 5xx over the last 5 minutes (threshold 5%).`,
		DashboardUID: DashErrors,
		Jobs:         []string{model.JobOpsCenter},
		Runbook: Runbook{
			Description: fmt.Sprintf("More than 5%% of Ops-Center API requests have answered with a 5xx status for 5 minutes, while the API served at least %d requests in 5 minutes (fewer, and one or two failures would page).", MinRequests),
			Impact: []string{
				"A share of dashboard pages and API calls fail for users",
				"Automations calling the API (DNS changes, migrations, billing) may be left half done",
			},
			Diagnosis: []string{
				promQuery(`topk(10, sum by (endpoint, status_code) (rate(ops_center_api_requests_total{status_code=~"5.."}[5m])))`),
				promQuery(`sum by (error_type) (rate(ops_center_api_errors_total[5m]))`),
				"Read the backend's errors: `docker logs ops-center-direct --since 10m 2>&1 | grep -iE 'error|exception|traceback' | tail -50`",
				"Check its dependencies: DatabaseDown, RedisDown, KeycloakDown, and `docker exec unicorn-postgresql pg_isready -U postgres`",
			},
			Resolution: []string{
				"If one endpoint fails: find its recent change or upstream (Cloudflare, NameCheap, Lago) in the logs and roll back or disable it",
				"If a dependency is down: restore it first; the error rate follows",
				"If the backend is wedged (every endpoint fails): `docker restart ops-center-direct`",
			},
			Escalation: "Escalate to the backend on-call if the error rate stays above 5% for 30 minutes or climbs above 25%.",
		},
		Tests: []Test{
			firing("fires at 10% errors once for has passed", time.Minute,
				one(fire(labels("job", "ops-center"), 0.1)),
				requests("200", "0+90x40"), requests("500", "0+10x40")),
			silent("silent just below 5%", time.Minute,
				requests("200", "0+96x40"), requests("500", "0+5x40")),
			silent("4xx answers are not errors of the service", time.Minute,
				requests("200", "0+50x40"), requests("404", "0+50x40")),
			// The minimum-traffic guard, both sides: 50 a minute is 250 in 5 minutes; the
			// window first holds 100 at the third sample (2m), when the for starts.
			firing("fires at 10% errors of 50 requests a minute", 2*time.Minute,
				one(fire(labels("job", "ops-center"), 0.1)),
				requests("200", "0+45x40"), requests("500", "0+5x40")),
			silent("silent at half the requests failing, below 100 requests in 5 minutes", time.Minute,
				requests("200", "0+5x40"), requests("500", "0+5x40")),
		},
	}
}

// latencyBuckets is the duration histogram's buckets, and its count (the +Inf bucket's).
func latencyBuckets(counts ...string) []Series {
	les := []string{"0.1", "0.5", "1.0", "2.0", "5.0", "10.0", "+Inf"}
	out := make([]Series, len(les))
	for i, le := range les {
		out[i] = series(`ops_center_api_request_duration_seconds_bucket{`+apiInstance+`,endpoint="/api/v1/services",method="GET",le="`+le+`"}`, counts[i])
	}
	return append(out, apiCount(counts[len(les)-1]))
}

func highAPILatency() Alert {
	return Alert{
		Name:     "HighAPILatency",
		Expr:     RecAPILatencyP95 + ` > 1` + enoughTraffic(RecAPITimedRatePrefix, "5m"),
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceOpsCenter,
		Supersedes: []string{"OpsCenterLatencyBudgetBurnSlow"}, SupersedesWhy: slowBurnWhy,
		Summary:      "Ops-Center API p95 latency above 1s",
		Description:  `95% of Ops-Center API requests took up to {{ $value | humanizeDuration }} over the last 5 minutes (threshold 1s).`,
		DashboardUID: DashAPIPerformance,
		Jobs:         []string{model.JobOpsCenter},
		Runbook: Runbook{
			Description: fmt.Sprintf("The 95th percentile of Ops-Center API request duration has been above 1 second for 5 minutes, while the API served at least %d requests in 5 minutes.", MinRequests),
			Impact: []string{
				"Dashboard pages load slowly; users retry and add load",
				"Clients with short timeouts fail",
			},
			Diagnosis: []string{
				promQuery(`topk(10, histogram_quantile(0.95, sum by (endpoint, le) (rate(ops_center_api_request_duration_seconds_bucket[5m]))))`),
				promQuery(`histogram_quantile(0.95, sum by (operation, le) (rate(ops_center_db_query_duration_seconds_bucket[5m])))`),
				"Check the container's CPU and memory: `docker stats --no-stream ops-center-direct`",
				promQuery(`histogram_quantile(0.95, sum by (provider, le) (rate(ops_center_external_api_duration_seconds_bucket[5m])))`),
			},
			Resolution: []string{
				"If the database is slow: see SlowDatabaseQueries; find long queries with `docker exec unicorn-postgresql psql -U postgres -c \"select pid, now()-query_start as age, query from pg_stat_activity where state='active' order by age desc limit 10\"`",
				"If an external provider is slow: check its status page and reduce the calls (rate limits in the backend settings)",
				"If the host is saturated: see CPUOver80Percent and MemoryOver90Percent",
			},
			Escalation: "Escalate to the backend on-call if p95 stays above 1s for 30 minutes or above 5s for 10 minutes.",
		},
		Tests: []Test{
			// 100 requests a minute: 50 within 1s, all within 2s: p95 interpolates to 1.9s.
			firing("fires when p95 is 1.9s", time.Minute,
				one(fire(labels("job", "ops-center"), 1.9)),
				latencyBuckets("0x40", "0+10x40", "0+50x40", "0+100x40", "0+100x40", "0+100x40", "0+100x40")...),
			// 96 of 100 within 1s: p95 is 0.99s.
			silent("silent when p95 is just under 1s", time.Minute,
				latencyBuckets("0x40", "0+10x40", "0+96x40", "0+100x40", "0+100x40", "0+100x40", "0+100x40")...),
			// The same shape at 10 requests a minute: 50 in 5 minutes, under the guard.
			silent("silent at p95 1.9s below 100 requests in 5 minutes", time.Minute,
				latencyBuckets("0x40", "0+1x40", "0+5x40", "0+10x40", "0+10x40", "0+10x40", "0+10x40")...),
		},
	}
}

func logins(result, values string) Series {
	reason := "invalid_credentials"
	if result == "success" {
		reason = "none"
	}
	return series(`ops_center_keycloak_logins_total{`+apiInstance+`,result="`+result+`",reason="`+reason+`"}`, values)
}

func highAuthFailureRate() Alert {
	return Alert{
		Name:     "HighAuthFailureRate",
		Expr:     RecAuthFailuresPerMinute + ` > 10`,
		For:      2 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceKeycloak,
		Summary:      "More than 10 failed logins per minute",
		Description:  `{{ $value | humanize }} SSO logins per minute are failing (threshold 10): credential stuffing, a broken client, or Keycloak trouble.`,
		DashboardUID: DashSecurity,
		Jobs:         []string{model.JobOpsCenter},
		Runbook: Runbook{
			Description: "Ops-Center has recorded more than 10 failed Keycloak logins per minute (averaged over 5 minutes) for 2 minutes.",
			Impact: []string{
				"Users may be locked out by brute-force protection",
				"An attacker may be guessing passwords",
			},
			Diagnosis: []string{
				promQuery(`sum by (reason) (rate(ops_center_keycloak_logins_total{result="failure"}[5m])) * 60`),
				promQuery(`topk(10, sum by (client_ip) (rate(ops_center_rate_limit_hits_total[5m])))`),
				"Read Keycloak's login events: `docker logs uchub-keycloak --since 15m 2>&1 | grep -E 'LOGIN_ERROR' | tail -50`",
				"Check Keycloak is ready (KeycloakDown) and the host's clock is right (containers share it): `date -u`",
			},
			Resolution: []string{
				"If failures come from a few IPs: block them in the firewall or Traefik and tell security",
				"If one client fails (reason invalid_client_credentials): rotate or fix that client's secret",
				"If every login fails: treat as KeycloakDown and restart `docker restart uchub-keycloak`",
			},
			Escalation: "Tell the security owner at once if the failures look like an attack; escalate to the identity owner if legitimate users cannot log in for 15 minutes.",
		},
		Tests: []Test{
			steady(firing("fires at 100 failed logins a minute", time.Minute,
				one(fire(labels("job", "ops-center"), 100)),
				logins("failure", "0+100x40"), logins("success", "0+500x40"))),
			silent("silent at exactly 10 a minute", time.Minute,
				logins("failure", "0+10x40"), logins("success", "0+500x40")),
		},
	}
}
