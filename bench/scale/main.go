// Command scale measures one Prometheus (the release make setup builds) scraping
// synthetic node_exporter-like hosts on 127.0.0.1: ingestion, memory per active
// series, and the latency of the dashboards' host queries, at each host count.
// scripts/bench-scale.sh runs it and writes docs/BENCHMARKS.md (scale).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/lint"
)

func main() {
	prom := flag.String("prometheus", "", "prometheus binary")
	counts := flag.String("hosts", "10,100,500", "host counts")
	warm := flag.Duration("warm", 75*time.Second, "scraping before the measurements")
	rounds := flag.Int("rounds", 20, "runs of each dashboard query")
	flag.Parse()
	if *prom == "" {
		fail(fmt.Errorf("-prometheus is required"))
	}
	queries, err := hostQueries()
	if err != nil {
		fail(err)
	}
	fmt.Printf("Per host: %d series (node_exporter families the dashboards read). Scrape interval 5 s; "+
		"measured after %s of scraping. %d host queries of the dashboards, each run %d times (instant, last hour's variables).\n\n",
		seriesPerHost(), *warm, len(queries), *rounds)
	fmt.Println("| hosts | head series | samples/s (min–max of 3) | RSS MiB (min–max) | RSS bytes per series | heap bytes per series | query p50 ms | query p99 ms | query max ms |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for _, s := range strings.Split(*counts, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fail(fmt.Errorf("-hosts: %q is not a host count", s))
		}
		row, err := measure(*prom, n, *warm, *rounds, queries)
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

func measure(prom string, hosts int, warm time.Duration, rounds int, queries []string) (string, error) {
	synth, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	srv := &http.Server{Handler: hostsHandler(hosts), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(synth)
	defer srv.Close()
	promPort, err := freePort()
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "opsmon-scale-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	cfg := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(cfg, []byte(config(hosts, synth.Addr().String(), promPort)), 0o644); err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), warm+10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, prom, "--config.file="+cfg, "--storage.tsdb.path="+filepath.Join(dir, "data"),
		"--web.listen-address=127.0.0.1:"+promPort, "--log.level=warn")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		return "", err
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	api := "http://127.0.0.1:" + promPort
	time.Sleep(warm)
	var samples, rss []float64
	var series, heap float64
	for i := 0; i < 3; i++ {
		if i > 0 {
			time.Sleep(10 * time.Second)
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
	var lat []float64
	for r := 0; r < rounds; r++ {
		for _, q := range queries {
			t0 := time.Now()
			if _, err := query(api, q); err != nil {
				return "", fmt.Errorf("%s: %w", q, err)
			}
			lat = append(lat, float64(time.Since(t0).Microseconds())/1000)
		}
	}
	sort.Float64s(samples)
	sort.Float64s(rss)
	sort.Float64s(lat)
	mib := func(b float64) float64 { return b / (1 << 20) }
	return fmt.Sprintf("| %d | %.0f | %.0f (%.0f–%.0f) | %.0f (%.0f–%.0f) | %.0f | %.0f | %.1f | %.1f | %.1f |",
		hosts, series, samples[1], samples[0], samples[2], mib(rss[1]), mib(rss[0]), mib(rss[2]),
		rss[1]/series, heap/series, pct(lat, 50), pct(lat, 99), lat[len(lat)-1]), nil
}

// config scrapes every synthetic host (one path each on the same listener) and
// Prometheus itself, every 5 s.
func config(hosts int, synth, promPort string) string {
	var b strings.Builder
	b.WriteString("global: {scrape_interval: 5s, evaluation_interval: 5s}\nscrape_configs:\n")
	fmt.Fprintf(&b, "  - job_name: prometheus\n    static_configs: [{targets: ['127.0.0.1:%s']}]\n", promPort)
	b.WriteString("  - job_name: node\n    static_configs:\n")
	for i := 0; i < hosts; i++ {
		fmt.Fprintf(&b, "      - targets: ['%s']\n        labels: {__metrics_path__: /hosts/%d/metrics, instance: host-%d}\n", synth, i, i)
	}
	return b.String()
}

func scalar(api, expr string) (float64, error) {
	res, err := query(api, expr)
	if err != nil {
		return 0, err
	}
	if len(res) == 0 {
		return 0, fmt.Errorf("%s: no result", expr)
	}
	return strconv.ParseFloat(res[0].Value[1].(string), 64)
}

type sample struct {
	Value []any `json:"value"`
}

func query(api, expr string) ([]sample, error) {
	c := http.Client{Timeout: 30 * time.Second}
	resp, err := c.Get(api + "/api/v1/query?query=" + url.QueryEscape(expr))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var body struct {
		Status string `json:"status"`
		Error  string `json:"error"`
		Data   struct {
			Result json.RawMessage `json:"result"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, err
	}
	if body.Status != "success" {
		return nil, fmt.Errorf("%s", body.Error)
	}
	var out []sample
	_ = json.Unmarshal(body.Data.Result, &out) // a scalar or matrix result is not a vector: no samples
	return out, nil
}

func pct(sorted []float64, p int) float64 {
	i := (len(sorted)*p + 99) / 100
	if i > 0 {
		i--
	}
	return sorted[i]
}

func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return strconv.Itoa(l.Addr().(*net.TCPAddr).Port), nil
}
