//go:build e2e

package e2e

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/lint"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// TestHAPagesExactlyOnce deploys the local environment with two Prometheus
// replicas, three Alertmanager peers and Thanos on the SeaweedFS stand-in, stops
// one Prometheus and one Alertmanager at once (SIGKILL, no restart), breaks Redis,
// and counts the page at the notification sink: each receiver exactly once, within
// RedisDown's usual bound. Thanos Query then gives one gap-free series across the
// kill, and the killed replica's uploaded blocks outlive its TSDB.
func TestHAPagesExactlyOnce(t *testing.T) {
	uses(t, machineEngine)
	requireEngineFree(t)
	// A second engine of this machine is the second host: the central Prometheus
	// pair scrapes its agents on its bridge's address.
	edge := startEngine(t)
	ha := "ha:\n  prometheus_replicas: 2\n  alertmanager_peers: 3\n" +
		"  thanos: {bucket: opsmon-metrics, endpoint: \"seaweedfs:8333\", insecure: true}\n" +
		fmt.Sprintf("hosts:\n  - name: %s\n    docker: {host: \"unix://%s\"}\n    address: %s\n", edgeHost, edge.sock, edge.gateway)
	dir := envtest.DirWith(t, filepath.Join(root, "environments"), "local", func(s string) string {
		// Thanos Query on 127.0.0.1 for the checks below.
		return strings.Replace(s, "publish_ports:\n", fmt.Sprintf("publish_ports:\n  %s: %d\n", model.ThanosQuery, thanosQueryPort), 1) + ha
	})
	env, err := model.LoadEnvironment(dir, "local")
	if err != nil {
		t.Fatal(err)
	}
	envVars := []string{"OPSMON_ENV_DIR=" + dir}
	fresh := !anyVolumeExists(env.DataVolumes())
	for _, c := range env.AgentContainers() {
		edge.loadImages(t, env.Image(c))
	}
	t.Cleanup(func() { edge.clear(t, env) })
	t.Cleanup(func() {
		_ = docker("start", model.LocalRedis)
		if out, err := runOut(envVars, "scripts/stack.sh", "destroy", "local"); err != nil {
			t.Logf("cleanup: destroy: %v\n%s", err, tail(out, 20))
		}
		if fresh {
			if out, err := runOut(nil, "scripts/purge.sh", "local"); err != nil {
				t.Logf("cleanup: purge: %v\n%s", err, tail(out, 20))
			}
		}
	})
	var killed time.Time
	var silence string
	steps := []step{
		{"deploy two Prometheus replicas, three Alertmanager peers and Thanos", func(t *testing.T) {
			run(t, envVars, "scripts/stack.sh", "deploy", "local")
		}},
		{"every target up, every peer and Thanos component scraped", func(t *testing.T) { everyTargetUp(t, env) }},
		{"both replicas scrape the second host's agent, labelled with its host", func(t *testing.T) { secondHostScraped(t, env) }},
		{"the second host's agent answers only with its password, only on its address", func(t *testing.T) { agentRefusesOutsiders(t, env, edge) }},
		{"the agents stack's deploy killed on its host: the next deploy converges", func(t *testing.T) {
			agentDeployKilled(t, env, edge, dir)
		}},
		{"Thanos Query deduplicates the replicas", thanosDeduplicates},
		{"Thanos Query is on the monitoring network only", func(t *testing.T) { thanosOnlyOnMonitoring(t, env) }},
		{"the peers form one cluster of three", func(t *testing.T) { clusterSize(t, model.Prometheus, 3, 3) }},
		{"the gossip port is on the gossip network only", func(t *testing.T) { gossipOnlyOnItsNetwork(t, env) }},
		{"a silence made on one peer reaches every other", func(t *testing.T) { silence = silenceGossiped(t, env) }},
		{"a deploy replaces the peers one at a time: the silence kept, no duplicate", func(t *testing.T) {
			rollingReplace(t, env, silence, dir)
		}},
		{"a rolling replace killed between two peers: the next deploy finishes it, the silence kept", func(t *testing.T) {
			rollingKilledBetweenPeers(t, env, silence, dir)
		}},
		{"every sidecar uploaded a block, the Store Gateway loaded them", func(t *testing.T) { blocksUploaded(t, env) }},
		{"the Thanos alerts read series the running Thanos exports, and stay silent", func(t *testing.T) { thanosAlertsReadRealSeries(t, env) }},
		{"one Prometheus and one Alertmanager killed, RedisDown pages each receiver exactly once", func(t *testing.T) {
			killed = pagesOnceWithOneOfEachDown(t, env)
		}},
		// Each replica scrapes every replica: the survivor sees the killed one down.
		{"the surviving replica sees the killed one: TargetDownPrometheus fires", func(t *testing.T) {
			metaAlertsFire(t, env, "TargetDownPrometheus")
		}},
		{"without Thanos, Grafana's name for the replicas answers a dashboard query from the survivor", func(t *testing.T) {
			replicasNameAnswers(t, env)
		}},
		{"Thanos Query gives one gap-free series across the kill", func(t *testing.T) { gapFreeAcrossKill(t, env, killed) }},
		{"the killed replica's TSDB deleted, its blocks answer through the Store Gateway", func(t *testing.T) {
			storeServesDeletedReplica(t, env, killed, fresh)
		}},
		{"the meta-monitoring alerts fire on the real faults", func(t *testing.T) {
			metaAlertsFire(t, env, "TargetDownAlertmanager", "PrometheusAlertmanagerSendErrors", "ThanosQueryStoreEndpointsLost")
		}},
	}
	if failed := runInOrder(t, steps); failed != "" {
		logStackState(t, env)
	}
}

// clusterSize waits until `peers` Alertmanagers, asked through the Prometheus in
// container via, each count `members` members of their cluster.
func clusterSize(t *testing.T, via string, peers, members int) {
	t.Helper()
	want := fmt.Sprintf("%d peers each seeing %d members", peers, members)
	eventually(t, 90*time.Second, 2*time.Second, want, func() string {
		got := promtoolIn(via, `alertmanager_cluster_members{job="alertmanager"} == `+strconv.Itoa(members))
		if n := strings.Count(got, "=>"); n != peers {
			return fmt.Sprintf("%d of %d peers see %d members: %s", n, peers, members, got)
		}
		return ""
	})
}

// promtoolIn runs an instant query with the promtool in a Prometheus container,
// logged in through its client config (the replicas publish no port).
func promtoolIn(container, expr string) string {
	out, err := exec.Command("docker", "exec", container, "/bin/promtool", "query", "instant",
		"--http.config.file="+model.PrometheusAuth.ClientConfig, "http://127.0.0.1:9090", expr).CombinedOutput()
	if err != nil {
		return "query failed: " + strings.TrimSpace(string(out))
	}
	return strings.TrimSpace(string(out))
}

// replicasNameAnswers runs System Health's first query, as Grafana's data source
// of an environment without Thanos would (model.PrometheusReplicasName), from
// the surviving replica's network place, with the base replica dead.
func replicasNameAnswers(t *testing.T, env model.Environment) {
	t.Helper()
	queries, err := lint.AllQueries()
	if err != nil {
		t.Fatal(err)
	}
	var expr string
	for _, q := range queries {
		if q.DashboardUID == dashboards.UIDSystemHealth {
			expr = lint.Expand(q.Expr, lint.LiveValues)
			break
		}
	}
	url := fmt.Sprintf("%s://%s:9090", env.Scheme(), model.PrometheusReplicasName)
	survivor := env.Replicas(model.Prometheus)[1]
	eventually(t, 30*time.Second, 2*time.Second, "an answer with data at "+url, func() string {
		out, err := exec.Command("docker", "exec", survivor, "/bin/promtool", "query", "instant",
			"--http.config.file="+model.PrometheusAuth.ClientConfig, url, expr).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "=>") {
			return fmt.Sprintf("%s: %v %s", expr, err, tail(string(out), 5))
		}
		t.Logf("%s at %s: %s", expr, url, tail(string(out), 3))
		return ""
	})
}

// pagesOnceWithOneOfEachDown returns when it killed the two.
func pagesOnceWithOneOfEachDown(t *testing.T, env model.Environment) time.Time {
	// docker stop -t 0 kills at once and, unlike docker kill, is not undone by the
	// restart policy.
	killed := time.Now()
	if err := docker("stop", "-t", "0", model.Prometheus, model.Alertmanager); err != nil {
		t.Fatal(err)
	}
	survivor := env.Replicas(model.Prometheus)[1]
	// The peers left must have noticed the loss, as they would have long before a
	// fault at night; until then a dead peer keeps its place in the send order.
	clusterSize(t, survivor, 2, 2)
	var redisDown alerts.Alert
	for _, a := range alerts.All(alerts.ForEnvironment(alerts.Catalog(), env)) {
		if a.Name == "RedisDown" {
			redisDown = a
		}
	}
	if redisDown.Name == "" {
		t.Fatal("RedisDown is not in the local catalog")
	}
	bound := env.TimingProfile().DeliveryBound(redisDown.For)
	t0 := time.Now()
	if err := docker("stop", model.LocalRedis); err != nil {
		t.Fatal(err)
	}
	want := []string{"email:ops-critical", "pagerduty:ops-critical", "slack:ops-critical"}
	var first map[string]time.Time
	eventually(t, bound+time.Minute, time.Second, "RedisDown at "+strings.Join(want, ", "), func() string {
		ds, err := deliveries()
		if err != nil {
			return err.Error()
		}
		first = firstPerTarget(ds, "RedisDown", "firing", t0, time.Now().Add(time.Minute))
		for _, w := range want {
			if _, ok := first[w]; !ok {
				return fmt.Sprintf("not yet at %s (so far %v)", w, sorted(first))
			}
		}
		return ""
	})
	var last time.Duration
	for _, w := range want {
		if d := first[w].Sub(t0); d > last {
			last = d
		}
	}
	t.Logf("RedisDown reached its last receiver %.1fs after the fault; bound %.1fs", last.Seconds(), bound.Seconds())
	if last > bound {
		t.Errorf("RedisDown took %.1fs, over its bound %.1fs", last.Seconds(), bound.Seconds())
	}
	// A second peer that did not see the first's notification log sends its copy
	// one peer_timeout (15 s) per place later; the fast profile repeats only after
	// a minute. Count within 40 s of the first delivery.
	settle := 40 * time.Second
	time.Sleep(time.Until(first[want[0]].Add(settle)))
	ds, err := deliveries()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, d := range ds {
		if a, s := d.read(); a == "RedisDown" && s == "firing" && !d.ReceivedAt.Before(t0) {
			counts[d.to()]++
		}
	}
	t.Logf("RedisDown firing deliveries in the %s after the first: %v", settle, counts)
	for _, w := range want {
		if counts[w] != 1 {
			t.Errorf("%s got RedisDown %d times, want exactly once", w, counts[w])
		}
	}
	if len(counts) != len(want) {
		t.Errorf("RedisDown went to %v, want only %v", sorted(counts), want)
	}
	return killed
}

// gossipOnlyOnItsNetwork: a peer's cluster port answers on the gossip network
// (control), is refused where the peer is named on the monitoring network (it
// listens on its gossip address alone), and cannot even be named from the
// product's network.
func gossipOnlyOnItsNetwork(t *testing.T, env model.Environment) {
	peer := env.Replicas(model.Alertmanager)[1]
	port := model.AlertmanagerClusterPort
	inside := fromNetwork(t, env.GossipNetwork(), "GET", fmt.Sprintf("http://%s:%d/", env.GossipAddress(peer), port), "")
	// The peer takes the connection and drops what is not gossip: anything but a refusal,
	// a timeout or an unknown address shows the port open there.
	if strings.Contains(inside, "refused") || strings.Contains(inside, "timed out") || strings.Contains(inside, "No route") || strings.Contains(inside, "not known") {
		t.Fatalf("control: from the gossip network %s:%d is not reachable (%s); the checks below would prove nothing", env.GossipAddress(peer), port, inside)
	}
	byName := fmt.Sprintf("http://%s:%d/", peer, port)
	monitoring := fromNetwork(t, env.MonitoringNetwork(), "GET", byName, "")
	if !strings.Contains(monitoring, "Connection refused") {
		t.Errorf("from the monitoring network %s: %s; want the connection refused", byName, monitoring)
	}
	product := fromNetwork(t, env.Networks.Names[0], "GET", byName, "")
	if !strings.Contains(product, "Name or service not known") {
		t.Errorf("from the product network %s: %s; want it unreachable", byName, product)
	}
	t.Logf("gossip port of %s: from the gossip network %q; from the monitoring network %q; from %s %q", peer, inside, monitoring, env.Networks.Names[0], product)
}

// silenceGossiped creates a silence on the base peer (the published one) and finds
// it, active, on every other peer, asked with the amtool in that peer's container.
// It returns the silence's ID.
func silenceGossiped(t *testing.T, env model.Environment) string {
	now := time.Now().UTC()
	var created struct {
		SilenceID string `json:"silenceID"`
	}
	err := amPost("/api/v2/silences", map[string]any{
		"matchers":  []map[string]any{{"name": "alertname", "value": "OpsmonHASilenceProbe", "isRegex": false, "isEqual": true}},
		"startsAt":  now.Format(time.RFC3339),
		"endsAt":    now.Add(time.Hour).Format(time.RFC3339),
		"createdBy": "e2e",
		"comment":   "HA bench: gossiped to every peer",
	}, &created)
	if err != nil || created.SilenceID == "" {
		t.Fatalf("create silence: %v (id %q)", err, created.SilenceID)
	}
	for _, peer := range env.Replicas(model.Alertmanager)[1:] {
		silenceOn(t, peer, created.SilenceID)
	}
	return created.SilenceID
}

// silenceOn waits until the silence is active on peer, asked with the amtool in
// the peer's container.
func silenceOn(t *testing.T, peer, id string) {
	t.Helper()
	eventually(t, 30*time.Second, time.Second, "silence "+id+" on "+peer, func() string {
		out, err := exec.Command("docker", "exec", peer, "/bin/amtool", "--http.config.file="+model.AlertmanagerAuth.ClientConfig,
			"--alertmanager.url=http://127.0.0.1:9093", "silence", "query", "-q").CombinedOutput()
		if err != nil {
			return fmt.Sprintf("amtool: %v %s", err, out)
		}
		if !strings.Contains(string(out), id) {
			return "not there yet: " + strings.TrimSpace(string(out))
		}
		return ""
	})
}
