package alerts

import (
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Thanos (issue 12's HA setup; v0.42.5, the latest v0.42 patch). Each alert selects
// its component's scrape job and names it in Jobs, so an environment that runs no
// Thanos deploys none of them (ForEnvironment); each also has a test that proves it
// silent on a Prometheus that scrapes no Thanos.

// noThanosRuns is what each Thanos runbook says first.
const noThanosRuns = "Only environments that run Thanos (the ha: section turns it on) deploy this alert."

// withoutThanos proves the alert stays silent on a Prometheus that scrapes no Thanos.
func withoutThanos() Test {
	return silent("silent where Thanos does not run", 0, series(`up{`+promSelf+`}`, "1x30"))
}

func thanosSidecarUploadFailing() Alert {
	const sidecar = `job="thanos-sidecar",instance="prometheus-0:10902"`
	dirSync := func(values string) Series {
		return series(`thanos_shipper_dir_sync_failures_total{`+sidecar+`}`, values)
	}
	upload := func(values string) Series {
		return series(`thanos_shipper_upload_failures_total{`+sidecar+`}`, values)
	}
	out := labels("job", "thanos-sidecar", "instance", "prometheus-0:10902")
	return Alert{
		Name: "ThanosSidecarUploadFailing",
		// The shipper (pkg/shipper/shipper.go) counts a failed upload in
		// upload_failures_total only with out-of-order uploads allowed; by default
		// the whole sync fails and counts in dir_sync_failures_total, as does a
		// bucket it cannot reach. The sum covers both.
		Expr: `sum by (job, instance) (increase(thanos_shipper_dir_sync_failures_total{job="` + model.JobThanosSidecar + `"}[5m])` +
			` + increase(thanos_shipper_upload_failures_total{job="` + model.JobThanosSidecar + `"}[5m])) > 0`,
		Jobs:     []string{model.JobThanosSidecar},
		For:      15 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceThanos, Labels: resource("upload"),
		Summary:      "Thanos sidecar {{ $labels.instance }} cannot upload blocks",
		Description:  `The Thanos sidecar at {{ $labels.instance }} has failed to ship its Prometheus' blocks to object storage in every 5-minute window for 15 minutes.`,
		DashboardUID: DashSystemHealth,
		Runbook: Runbook{
			Description: "A Thanos sidecar's shipper has failed to upload its Prometheus' finished TSDB blocks to the bucket for 15 minutes. It retries every 30 seconds. The counters are the shipper's (pkg/shipper/shipper.go of Thanos v0.42.5): thanos_shipper_dir_sync_failures_total counts failed syncs (an unreachable bucket, or a failed upload in the default mode), thanos_shipper_upload_failures_total failed uploads when out-of-order uploads are allowed. " + noThanosRuns,
			Impact: []string{
				"Nothing is lost while the blocks are on the Prometheus volume; they are lost for good if local retention deletes them before an upload succeeds",
				"Thanos Query and the Store Gateway miss the newest blocks once they leave Prometheus' retention",
			},
			Diagnosis: []string{
				"Read the shipper's error: `docker logs <thanos-sidecar> --tail 100`",
				"Which bucket operation fails (the objstore counters of the thanos-io/objstore module, prefixed thanos_): " + promQuery(`increase(thanos_objstore_bucket_operation_failures_total[5m]) > 0`),
				"Is the object store up? Check the SeaweedFS (or S3) endpoint the bucket configuration names",
			},
			Resolution: []string{
				"Unreachable or refusing bucket: fix the endpoint, credentials or bucket policy, then redeploy; the sidecar uploads the backlog by itself",
				"An overlap or corrupted block named in the log: move that block out of the Prometheus volume, or verify the bucket with Thanos' bucket tools (thanos tools bucket verify) from a machine that holds the bucket configuration",
			},
			Escalation: "Escalate to the monitoring owner within a working day; the same day if Prometheus' local retention is under two days.",
		},
		// The sync failures of the default mode; then the upload failures of out-of-order mode.
		Tests: append(lastingFaultTests(dirSync, out, upload("0x20")),
			firing("fires when uploads fail with out-of-order uploads allowed", 2*time.Minute, one(fire(out, 0)),
				dirSync("0x20"), upload("0 0 1+1x20")),
			withoutThanos()),
	}
}

func thanosCompactHalted() Alert {
	sel := `thanos_compact_halted{job="thanos-compact",instance="thanos-compact:10902"}`
	return Alert{
		Name:     "ThanosCompactHalted",
		Expr:     `thanos_compact_halted{job="` + model.JobThanosCompact + `"} == 1`,
		Jobs:     []string{model.JobThanosCompact},
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceThanos, Labels: resource("compaction"),
		Summary:      "Thanos Compactor {{ $labels.instance }} has halted",
		Description:  `The Thanos Compactor at {{ $labels.instance }} hit an error it will not retry and stopped compacting, downsampling and applying retention until restarted.`,
		DashboardUID: DashSystemHealth,
		Runbook: Runbook{
			Description: "The Thanos Compactor set thanos_compact_halted to 1 (cmd/thanos/compact.go of Thanos v0.42.5): it met a critical error (typically overlapping blocks in the bucket) and, as --debug.halt-on-error does by default, stopped working while staying up for inspection. Retriable errors (a bucket briefly unreachable) do not halt it. " + noThanosRuns,
			Impact: []string{
				"No compaction, downsampling or retention: the bucket grows and long-range queries get slower",
				"No data is lost and queries still work; it can wait for the morning",
			},
			Diagnosis: []string{
				"Read the error that halted it: `docker logs <thanos-compact> 2>&1 | grep -iE 'critical|halt' | tail -20`",
				"Since when: " + promQuery(`thanos_compact_halted == 1`),
			},
			Resolution: []string{
				"Overlapping blocks: find them with Thanos' bucket tools (thanos tools bucket verify) and mark the bad ones for deletion or no-compaction (thanos tools bucket mark), then restart the Compactor: `docker restart <thanos-compact>`",
				"Overlaps usually come from two sidecars sharing external labels: give every Prometheus replica its own replica label",
			},
			Escalation: "Escalate to the monitoring owner within a working day.",
		},
		Tests: []Test{
			firing("fires when the Compactor halts", 2*time.Minute,
				one(fire(labels("job", "thanos-compact", "instance", "thanos-compact:10902"), 1)), series(sel, "0 0 1x30")),
			silent("silent while the Compactor runs", 0, series(sel, "0x30")),
			withoutThanos(),
		},
	}
}

func thanosQueryStoreEndpointsLost() Alert {
	// Thanos Query reports only endpoints it can query, one series per external
	// label set and store type (pkg/query/endpointset.go): an unhealthy endpoint
	// disappears. The sum per store type is compared with its highest value (sampled
	// every minute) in the last hour (a Store Gateway's label sets change as blocks
	// arrive; the sum does not), and only for a Query that is scraped and ready
	// (thanos_status of pkg/prober): a Query that is down is not a lost store. A
	// coarser sample missed a store lost within minutes of joining: the HA bench
	// lost a sidecar 3 minutes after its start, between two 5-minute samples.
	now := `sum by (job, instance, store_type) (thanos_store_nodes_grpc_connections{job="` + model.JobThanosQuery + `"})`
	seen := `max_over_time(` + now + `[1h:1m])`
	const query = `job="thanos-query",instance="thanos-query:10902"`
	conn := func(replica, storeType, values string) Series {
		return series(`thanos_store_nodes_grpc_connections{`+query+`,external_labels="{replica=\"`+replica+`\"}",store_type="`+storeType+`"}`, values)
	}
	ready := func(values string) Series {
		return series(`thanos_status{`+query+`,component="query",check="ready"}`, values)
	}
	lost := func(storeType string, had float64) Firing {
		return fire(labels("job", "thanos-query", "instance", "thanos-query:10902", "store_type", storeType), had)
	}
	return Alert{
		Name:     "ThanosQueryStoreEndpointsLost",
		Expr:     seen + ` > (` + now + ` or 0 * ` + seen + `) and on (job, instance) thanos_status{job="` + model.JobThanosQuery + `",component="query",check="ready"} == 1`,
		Jobs:     []string{model.JobThanosQuery},
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceThanos, Labels: resource("query"),
		Summary:      "Thanos Query {{ $labels.instance }} lost {{ $labels.store_type }} endpoints",
		Description:  `Thanos Query {{ $labels.instance }} is connected to fewer {{ $labels.store_type }} endpoints than the {{ $value }} it had in the last hour: queries through it miss their data.`,
		DashboardUID: DashSystemHealth,
		Runbook: Runbook{
			Description: "Thanos Query has been connected to fewer Store API endpoints of one type (sidecar, store, rule, receive) than it had in the last hour, for 5 minutes. thanos_store_nodes_grpc_connections (pkg/query/endpointset.go of Thanos v0.42.5) counts only the endpoints Query can query; an endpoint that fails its health checks drops out. The comparison looks back one hour: an endpoint gone for longer no longer counts as lost and the alert resolves. " + noThanosRuns,
			Impact: []string{
				"A lost sidecar: that Prometheus replica's recent data is missing, unless its HA twin still answers (deduplication hides the gap)",
				"A lost Store Gateway: data older than Prometheus' local retention is missing from dashboards",
			},
			Diagnosis: []string{
				"Which endpoints Query has: " + promQuery(`thanos_store_nodes_grpc_connections`),
				"Query's view of them (its Stores page, or its log): `docker logs <thanos-query> 2>&1 | grep -iE 'unhealthy|removing endpoint|adding new' | tail -20`",
				"Is the endpoint's container up? `docker ps -a --filter name=<thanos-container>`",
			},
			Resolution: []string{
				"A stopped sidecar or Store Gateway: `docker start <name>` and watch it come back in Query's endpoints",
				"An endpoint taken away on purpose (one replica fewer): nothing to do; silence the alert for an hour",
				"A network or TLS error in Query's log: fix the endpoint's address or certificate in the ha: section and redeploy",
			},
			Escalation: "Escalate to the monitoring owner the same day if a Store Gateway or both replicas' sidecars are lost: history is missing.",
		},
		Tests: []Test{
			firing("fires when one of two sidecars drops out", 2*time.Minute, one(lost("sidecar", 2)),
				conn("0", "sidecar", "1x30"), conn("1", "sidecar", "1 1 stale"), ready("1x30")),
			firing("fires when the only Store Gateway drops out", 2*time.Minute, one(lost("store", 1)),
				conn("0", "sidecar", "1x30"), conn("blocks", "store", "1 1 stale"), ready("1x30")),
			silent("a Store Gateway whose label sets change is not lost", 2*time.Minute,
				conn("old", "store", "1 1 stale"), conn("new", "store", "_ _ 1x30"), ready("1x30")),
			silent("a Query that is down is not a lost store", 2*time.Minute,
				conn("0", "sidecar", "1 1 stale"), conn("1", "sidecar", "1 1 stale"), ready("1 1 stale")),
			silent("silent while every endpoint stays connected", 0,
				conn("0", "sidecar", "1x30"), conn("1", "sidecar", "1x30"), ready("1x30")),
			withoutThanos(),
		},
	}
}
