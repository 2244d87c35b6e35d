//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// thanosQueryPort is where the HA bench publishes Thanos Query, on 127.0.0.1
// only (the environment file publishes nothing of Thanos).
const thanosQueryPort = 10902

// localDebianImage is the minbase Debian image setup imports (DEBIAN_BASE): a
// shell to delete a TSDB with.
const localDebianImage = "opsmon-local/debian:bookworm"

// thanosSeries is one series of a Thanos Query answer: its labels and its
// [unix seconds, "value"] points (an instant vector's one value counts as one).
type thanosSeries struct {
	Metric map[string]string `json:"metric"`
	Values [][2]any          `json:"values"`
	Value  [2]any            `json:"value"`
}

// thanosAPI GETs a Thanos Query API path on 127.0.0.1 as the operator
// (Prometheus's login) and decodes its data into out.
func thanosAPI(path string, params url.Values, out any) error {
	var body struct {
		Status, Error string
		Data          json.RawMessage
	}
	if err := getJSON(fmt.Sprintf("http://127.0.0.1:%d%s?%s", thanosQueryPort, path, params.Encode()), &body); err != nil {
		return err
	}
	if body.Status != "success" {
		return fmt.Errorf("%s: %s %s", path, body.Status, body.Error)
	}
	return json.Unmarshal(body.Data, out)
}

// thanosQuery runs an instant query (a range vector gives raw samples) through
// Thanos Query, deduplicating on the replica label or not. Answers from the
// StoreAPIs still up are taken (a killed replica's sidecar is down): every check
// says which series and samples it must find.
func thanosQuery(expr string, at time.Time, dedup bool) ([]thanosSeries, error) {
	var data struct{ Result []thanosSeries }
	err := thanosAPI("/api/v1/query", url.Values{"query": {expr}, "time": {fmt.Sprint(at.Unix())},
		"dedup": {fmt.Sprint(dedup)}}, &data)
	return data.Result, err
}

// thanosDeduplicates: with both replicas up, node-exporter's up series comes once
// per replica without deduplication and once with it.
// primaryNodeUp is the own host's node-exporter target: one per replica.
const primaryNodeUp = `up{job="node",host="` + model.PrimaryHost + `"}`

func thanosDeduplicates(t *testing.T) {
	eventually(t, 2*time.Minute, 2*time.Second, "both replicas' series through Thanos Query", func() string {
		raw, err := thanosQuery(primaryNodeUp, time.Now(), false)
		if err != nil {
			return err.Error()
		}
		replicas := map[string]bool{}
		for _, s := range raw {
			replicas[s.Metric[model.ReplicaLabel]] = true
		}
		if len(raw) != 2 || !replicas[model.Prometheus] || !replicas["prometheus-1"] {
			return fmt.Sprintf("without dedup %d series from replicas %v, want one from each of prometheus and prometheus-1", len(raw), replicas)
		}
		dedup, err := thanosQuery(primaryNodeUp, time.Now(), true)
		if err != nil {
			return err.Error()
		}
		if len(dedup) != 1 || dedup[0].Metric[model.ReplicaLabel] != "" {
			return fmt.Sprintf("with dedup %d series (%v), want 1 without a replica label", len(dedup), dedup)
		}
		return ""
	})
}

// thanosOnlyOnMonitoring: on the monitoring network Query answers only with
// Prometheus's login and the bucket stand-in only its identity; from the
// product's network neither can even be named. From the host, Query refuses a
// request without the password.
func thanosOnlyOnMonitoring(t *testing.T, env model.Environment) {
	query := fmt.Sprintf("http://%s:%d/api/v1/query?query=up", model.ThanosQuery, model.ThanosHTTPPort)
	bucket := fmt.Sprintf("http://%s:%d/%s?list-type=2", model.LocalObjectStore, model.S3Port, env.HA.Thanos.Bucket)
	if got := fromNetwork(t, env.MonitoringNetwork(), "GET", withAuth(query), ""); !strings.Contains(got, "STATUS 200") {
		t.Errorf("control: with the password from the monitoring network %s answered %q, want 200", query, got)
	}
	resp, err := anonymous.Get(fmt.Sprintf("http://127.0.0.1:%d/api/v1/query?query=up", thanosQueryPort))
	if err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("from the host without the password: %v %v, want 401", resp, err)
	}
	if err == nil {
		resp.Body.Close()
	}
	for target, want := range map[string]string{query: "STATUS 401", bucket: "STATUS 403"} {
		inside := fromNetwork(t, env.MonitoringNetwork(), "GET", target, "")
		if !strings.Contains(inside, want) {
			t.Errorf("from the monitoring network %s answered %q, want %s", target, inside, want)
		}
		outside := fromNetwork(t, env.Networks.Names[0], "GET", target, "")
		if !strings.Contains(outside, "Name or service not known") {
			t.Errorf("from the product network %s: %s; want it unreachable", target, outside)
		}
		t.Logf("%s: from the monitoring network %q; from %s %q", target, inside, env.Networks.Names[0], outside)
	}
}

// blocksUploaded waits until every sidecar has shipped a block to the bucket and
// the Store Gateway has loaded blocks of both replicas. The fast profile cuts a
// 2-minute block once the head spans 3 minutes.
func blocksUploaded(t *testing.T, env model.Environment) {
	sidecars := env.Replicas(model.ThanosSidecar)
	eventually(t, 8*time.Minute, 5*time.Second, "a block uploaded by every sidecar and loaded by the Store Gateway", func() string {
		up, err := thanosQuery(`max by (instance) (thanos_shipper_uploads_total{job="thanos-sidecar"}) >= 1`, time.Now(), true)
		if err != nil {
			return err.Error()
		}
		if len(up) != len(sidecars) {
			return fmt.Sprintf("%d of %d sidecars have uploaded a block", len(up), len(sidecars))
		}
		var stores map[string][]struct {
			Name      string
			LabelSets []map[string]string `json:"labelSets"`
		}
		if err := thanosAPI("/api/v1/stores", nil, &stores); err != nil {
			return err.Error()
		}
		for _, s := range stores["store"] {
			if len(s.LabelSets) == len(sidecars) {
				return ""
			}
			return fmt.Sprintf("the Store Gateway serves blocks of %d replicas: %v", len(s.LabelSets), s.LabelSets)
		}
		return fmt.Sprintf("no Store Gateway among Thanos Query's stores: %v", stores)
	})
}

// thanosAlertsReadRealSeries: every metric the Thanos alerts read is exported by
// the running Thanos, and no Thanos alert fires while all is well.
func thanosAlertsReadRealSeries(t *testing.T, env model.Environment) {
	checked := 0
	for _, a := range alerts.All(alerts.ForEnvironment(alerts.Catalog(), env)) {
		if a.Service != model.ServiceThanos || strings.HasPrefix(a.Name, "TargetDown") {
			continue
		}
		for _, m := range alerts.MetricsOf(a.Expr) {
			res, err := thanosQuery(`count(`+m+`)`, time.Now(), true)
			if err != nil || len(res) == 0 {
				t.Errorf("%s reads %s, which the running Thanos does not export (%v)", a.Name, m, err)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no Thanos alert in the catalog: nothing checked")
	}
	firing, err := thanosQuery(`ALERTS{alertstate="firing",service="thanos"}`, time.Now(), true)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range firing {
		t.Errorf("%s fires while every Thanos component is up: %v", s.Metric["alertname"], s.Metric)
	}
	t.Logf("%d metrics of the Thanos alerts found in the running Thanos; none firing", checked)
}

// gapFreeAcrossKill reads the raw samples of node-exporter's up series around the
// moment a replica was killed, deduplicated: one series whose samples are never
// further apart than two scrape intervals.
func gapFreeAcrossKill(t *testing.T, env model.Environment, killed time.Time) {
	scrape := env.TimingProfile().ScrapeInterval
	end := killed.Add(45 * time.Second)
	time.Sleep(time.Until(end.Add(2 * scrape)))
	window := end.Sub(killed.Add(-60 * time.Second))
	res, err := thanosQuery(fmt.Sprintf(`%s[%ds]`, primaryNodeUp, int(window.Seconds())), end, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 {
		t.Fatalf("deduplicated raw samples: %d series, want 1: %v", len(res), res)
	}
	pts := res[0].Values
	var widest float64
	for i := 1; i < len(pts); i++ {
		if gap := pts[i][0].(float64) - pts[i-1][0].(float64); gap > widest {
			widest = gap
		}
	}
	t.Logf("%d samples over the %s around the kill; widest gap %.1fs (scrape interval %s)", len(pts), window, widest, scrape)
	if min := int(window/scrape) - 2; len(pts) < min {
		t.Errorf("%d samples over %s, want at least %d", len(pts), window, min)
	}
	if widest > 2*scrape.Seconds() {
		t.Errorf("a gap of %.1fs in the deduplicated series, over two scrape intervals", widest)
	}
}

// storeServesDeletedReplica stops the killed replica's sidecar, deletes that
// replica's TSDB, and still reads its uploaded samples: from the Store Gateway,
// the one StoreAPI left that holds them.
func storeServesDeletedReplica(t *testing.T, env model.Environment, killed time.Time, fresh bool) {
	if !fresh {
		t.Skip("the prometheus data volume existed before this test: its history is not the test's to delete")
	}
	if err := docker("stop", model.ThanosSidecar); err != nil {
		t.Fatal(err)
	}
	vol := env.VolumeName("prometheus-data")
	out, err := exec.Command("docker", "run", "--rm", "--network", "none", "-v", vol+":/prometheus",
		localDebianImage, "sh", "-c", "rm -rf /prometheus/* && ls -A /prometheus | wc -l").CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "0" {
		t.Fatalf("deleting the TSDB in %s: %v %s", vol, err, out)
	}
	const expr = `up{job="node",host="primary",replica="prometheus"}[10m]`
	res, err := thanosQuery(expr, killed, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || len(res[0].Values) == 0 {
		t.Fatalf("%s at the kill: %d series, want the killed replica's samples from the Store Gateway", expr, len(res))
	}
	first, last := res[0].Values[0][0].(float64), res[0].Values[len(res[0].Values)-1][0].(float64)
	t.Logf("replica prometheus, its TSDB deleted and its sidecar stopped: %d samples from %s to %s, from the bucket",
		len(res[0].Values), time.Unix(int64(first), 0).UTC().Format(time.TimeOnly), time.Unix(int64(last), 0).UTC().Format(time.TimeOnly))
}

// metaAlertsFire: the faults the bench made are real series for the
// meta-monitoring alerts, evaluated by the surviving replica: with a peer killed,
// TargetDownAlertmanager and PrometheusAlertmanagerSendErrors (its posts to that
// peer fail); with a sidecar stopped, ThanosQueryStoreEndpointsLost. (A dead peer
// is not AlertmanagerClusterMembersMissing's: that one is for a split.) Each
// within its delivery bound and a minute.
func metaAlertsFire(t *testing.T, env model.Environment, names ...string) {
	for _, name := range names {
		var a alerts.Alert
		for _, c := range alerts.All(alerts.Catalog()) {
			if c.Name == name {
				a = c
			}
		}
		if a.Name == "" {
			t.Fatalf("%s is not in the catalog", name)
		}
		bound := env.TimingProfile().DeliveryBound(a.For) + time.Minute
		eventually(t, bound, 3*time.Second, a.Name+" firing", func() string {
			res, err := thanosQuery(`ALERTS{alertname="`+a.Name+`",alertstate="firing"}`, time.Now(), true)
			if err != nil {
				return err.Error()
			}
			if len(res) == 0 {
				return "not firing yet"
			}
			return ""
		})
	}
}
