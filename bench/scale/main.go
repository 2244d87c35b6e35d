// Command scale measures one Prometheus (the release make setup builds) scraping
// synthetic node_exporter-like hosts on 127.0.0.1: ingestion, memory per active
// series, and the latency of the dashboards' host queries, at each host count,
// both asked of Prometheus directly and through Thanos Query (thanos.go).
// scripts/bench-scale.sh runs it and writes docs/BENCHMARKS.md (scale).
package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/lint"
)

func main() {
	prom := flag.String("prometheus", "", "prometheus binary")
	thanosBin := flag.String("thanos", "", "thanos binary (sidecar and Query in front of the Prometheus)")
	counts := flag.String("hosts", "10,100,500", "host counts")
	warm := flag.Duration("warm", 75*time.Second, "scraping before the measurements")
	rounds := flag.Int("rounds", 20, "runs of each dashboard query")
	flag.Parse()
	if *prom == "" || *thanosBin == "" {
		fail(fmt.Errorf("-prometheus and -thanos are required"))
	}
	queries, err := hostQueries()
	if err != nil {
		fail(err)
	}
	// Interrupted, the bench still stops what it started before it exits.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Printf("Per host: %d series (node_exporter families the dashboards read). Scrape interval 5 s; "+
		"measured after %s of scraping. %d host queries of the dashboards, each run %d times (instant, last hour's variables) "+
		"against Prometheus directly and as many through Thanos Query (a Thanos sidecar on the same Prometheus, no object storage), "+
		"the two taking turns. The last column counts the series the queries return each way; the bench fails if the sets differ.\n\n",
		seriesPerHost(), *warm, len(queries), *rounds)
	fmt.Println("| hosts | head series | samples/s (min–max of 3) | RSS MiB (min–max) | RSS bytes per series | heap bytes per series | " +
		"direct p50 / p99 / max ms | via Thanos Query p50 / p99 / max ms | series direct = via Thanos |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for _, s := range strings.Split(*counts, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fail(fmt.Errorf("-hosts: %q is not a host count", s))
		}
		row, err := measure(ctx, *prom, *thanosBin, n, *warm, *rounds, queries)
		if err != nil {
			fail(fmt.Errorf("%d hosts: %w", n, err))
		}
		fmt.Println(row)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "scale:", err)
	os.Exit(1)
}

// hostQueries are the dashboards' queries over node_exporter series, with the
// values Grafana sends for "All" over the last hour.
func hostQueries() ([]string, error) {
	all, err := lint.AllQueries()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, q := range all {
		if strings.Contains(q.Expr, "node_") {
			out = append(out, lint.Expand(q.Expr, lint.LiveValues))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no dashboard query reads node_exporter series")
	}
	return out, nil
}

func measure(ctx context.Context, prom, thanosBin string, hosts int, warm time.Duration, rounds int, queries []string) (string, error) {
	synth, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	srv := &http.Server{Handler: hostsHandler(hosts), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(synth)
	defer srv.Close()
	ports, err := freePorts(1)
	if err != nil {
		return "", err
	}
	promPort := ports[0]
	dir, err := os.MkdirTemp("", "opsmon-scale-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	cfg, data := filepath.Join(dir, "prometheus.yml"), filepath.Join(dir, "data")
	if err := os.WriteFile(cfg, []byte(config(hosts, synth.Addr().String(), promPort)), 0o644); err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(ctx, warm+10*time.Minute)
	defer cancel()
	// Blocks of a fixed 2 h, as the sidecar requires (it would upload them, given a bucket).
	p, err := start(ctx, "prometheus", prom, "--config.file="+cfg, "--storage.tsdb.path="+data,
		"--storage.tsdb.min-block-duration=2h", "--storage.tsdb.max-block-duration=2h",
		"--web.listen-address=127.0.0.1:"+promPort, "--log.level=warn")
	if err != nil {
		return "", err
	}
	defer p.stop()
	direct := endpoint{name: "Prometheus", url: "http://127.0.0.1:" + promPort}
	api := direct.url // for the figures of Prometheus' own metrics
	if err := pause(ctx, warm); err != nil {
		return "", err
	}
	if err := p.exited(); err != nil {
		return "", err
	}
	var samples, rss []float64
	var series, heap float64
	for i := 0; i < 3; i++ {
		if i > 0 {
			if err := pause(ctx, 10*time.Second); err != nil {
				return "", err
			}
		}
		v, err := scalar(api, `rate(prometheus_tsdb_head_samples_appended_total[1m])`)
		if err != nil {
			return "", err
		}
		samples = append(samples, v)
		if v, err = scalar(api, `process_resident_memory_bytes{job="prometheus"}`); err != nil {
			return "", err
		}
		rss = append(rss, v)
	}
	if series, err = scalar(api, `prometheus_tsdb_head_series`); err != nil {
		return "", err
	}
	if heap, err = scalar(api, `go_memstats_heap_inuse_bytes{job="prometheus"}`); err != nil {
		return "", err
	}
	if want := float64(hosts * seriesPerHost()); series < want {
		return "", fmt.Errorf("head holds %.0f series, fewer than the %0.f the hosts expose: scrapes are failing", series, want)
	}
	// Thanos starts only now, so the ingestion and memory figures above are
	// Prometheus' alone.
	th, err := startThanos(ctx, thanosBin, data, promPort)
	if err != nil {
		return "", err
	}
	defer th.stop()
	if err := th.waitReady(ctx, `up{job="node"}`, 60*time.Second); err != nil {
		return "", err
	}
	nDirect, nVia, err := agree(direct, th.query, queries)
	if err != nil {
		return "", err
	}
	lat, err := timeQueries([]endpoint{direct, th.query}, queries, rounds)
	if err != nil {
		return "", err
	}
	sort.Float64s(samples)
	sort.Float64s(rss)
	mib := func(b float64) float64 { return b / (1 << 20) }
	return fmt.Sprintf("| %d | %.0f | %.0f (%.0f–%.0f) | %.0f (%.0f–%.0f) | %.0f | %.0f | %s | %s | %d = %d |",
		hosts, series, samples[1], samples[0], samples[2], mib(rss[1]), mib(rss[0]), mib(rss[2]),
		rss[1]/series, heap/series, latencySummary(lat[0]), latencySummary(lat[1]), nDirect, nVia), nil
}

// config scrapes every synthetic host (one path each on the same listener) and
// Prometheus itself, every 5 s. The external label is one the sidecar requires;
// Thanos Query is told it names the replica, so it drops it from what it returns.
func config(hosts int, synth, promPort string) string {
	var b strings.Builder
	b.WriteString("global: {scrape_interval: 5s, evaluation_interval: 5s, external_labels: {replica: bench-0}}\nscrape_configs:\n")
	fmt.Fprintf(&b, "  - job_name: prometheus\n    static_configs: [{targets: ['127.0.0.1:%s']}]\n", promPort)
	b.WriteString("  - job_name: node\n    static_configs:\n")
	for i := 0; i < hosts; i++ {
		fmt.Fprintf(&b, "      - targets: ['%s']\n        labels: {__metrics_path__: /hosts/%d/metrics, instance: host-%d}\n", synth, i, i)
	}
	return b.String()
}
