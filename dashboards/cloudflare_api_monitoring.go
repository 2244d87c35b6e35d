package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

const (
	cloudflareCalls = "ops_center_cloudflare_api_calls_total"
	externalLatency = "ops_center_external_api_duration_seconds"
	// Cloudflare operation names are method_path, e.g. get_zones_dns_records.
	dnsRecordOps = `operation=~".*dns_records.*"`
	zoneOps      = `operation=~".*zones.*",operation!~".*dns_records.*"`
)

func cloudflare() spec {
	return spec{
		file: "cloudflare-api-monitoring", uid: UIDCloudflare, title: titles[UIDCloudflare],
		category: "external-apis", folder: FolderServices, anchor: cloudflareCalls,
		purpose: "How is Ops-Center's use of the Cloudflare API going? Call rate, throttling, zone and DNS record " +
			"operations and their failures, as the backend's outbound client records them.",
		related: []string{UIDDNS, UIDNamecheap, UIDMigrations},
		rows: []row{
			{"Calls", []item{
				{timeseriesPanel("API call rate", "Cloudflare API calls per second by operation.", units.RequestsPerSecond,
					query(sumRate(cloudflareCalls, vars, "", "operation"), "{{operation}}")),
					"Shows which operations dominate; bursts usually follow bulk DNS changes or migrations."},
				{timeseriesPanel("Rate limit tracking", "Calls Cloudflare answered with HTTP 429, and throttling hits the backend recorded.", units.RequestsPerSecond,
					query(sumRate(cloudflareCalls, vars, `status="rate_limited"`, "operation"), "429 {{operation}}"),
					query(sumRate("ops_center_rate_limit_hits_total", vars, `scope="cloudflare"`), "throttled (all)")),
					"Any sustained value means we are at Cloudflare's request limit (1200 per 5 minutes per user); spread bulk jobs out."},
				{timeseriesPanel("Call latency", "p95 Cloudflare API latency by operation.", units.Seconds,
					query(quantile(0.95, externalLatency, vars, `provider="cloudflare"`, "operation"), "{{operation}}")),
					"Cloudflare usually answers well under a second; slow calls back up migrations and DNS changes."},
			}},
			{"Operations", []item{
				{barsPanel("Zone operation success/failure", "Zone calls per second by outcome.", units.RequestsPerSecond,
					query(sumRate(cloudflareCalls, vars, zoneOps, "status"), "{{status}}")),
					"Bars should be all success; error bars line up with failed zone creations in the Migration Jobs dashboard."},
				{barsPanel("DNS record operations", "DNS record calls per second by operation and outcome.", units.RequestsPerSecond,
					query(sumRate(cloudflareCalls, vars, dnsRecordOps, "operation", "status"), "{{operation}} {{status}}")),
					"Creates and updates follow user activity; deletes in bulk deserve a second look."},
				{piePanel("Error types distribution", "Split of failed Cloudflare calls by outcome and operation.", units.RequestsPerSecond,
					instant(sumRate(cloudflareCalls, vars, `status!="success"`, "status", "operation"), "{{status}} {{operation}}")),
					"rate_limited slices call for backoff; error slices for the backend log of that operation."},
			}},
		},
	}
}
