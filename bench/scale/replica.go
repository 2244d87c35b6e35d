package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// replica is one Prometheus of the HA pair: the same scrape config as its twin,
// but its own external `replica` label, port (in direct) and TSDB, as the stack
// deploys them.
type replica struct {
	name   string // the replica label's value
	tsdb   string
	direct endpoint
	proc   *proc
	// Figures read from its own metrics: three readings of ingestion and RSS,
	// then head series and heap once.
	samples, rss []float64
	series, heap float64
}

// startReplica writes the config of replica name into dir and starts Prometheus
// on port, with blocks of a fixed 2 h as the Thanos sidecar requires.
func startReplica(ctx context.Context, bin, dir, name, port string, hosts int, synth string, rules []string) (*replica, error) {
	r := &replica{name: name, tsdb: filepath.Join(dir, "data"),
		direct: endpoint{name: "Prometheus " + name, url: "http://127.0.0.1:" + port}}
	cfg := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(cfg, []byte(config(name, hosts, synth, port, rules)), 0o644); err != nil {
		return nil, err
	}
	p, err := start(ctx, "prometheus "+name, bin, "--config.file="+cfg, "--storage.tsdb.path="+r.tsdb,
		"--storage.tsdb.min-block-duration=2h", "--storage.tsdb.max-block-duration=2h",
		"--web.listen-address=127.0.0.1:"+port, "--log.level=warn")
	if err != nil {
		return nil, err
	}
	r.proc = p
	return r, nil
}

// read takes one reading of ingestion and resident memory.
func (r *replica) read() error {
	v, err := scalar(r.direct.url, `rate(prometheus_tsdb_head_samples_appended_total[1m])`)
	if err != nil {
		return fmt.Errorf("replica %s: %w", r.name, err)
	}
	r.samples = append(r.samples, v)
	if v, err = scalar(r.direct.url, `process_resident_memory_bytes{job="prometheus"}`); err != nil {
		return fmt.Errorf("replica %s: %w", r.name, err)
	}
	r.rss = append(r.rss, v)
	return nil
}

// finish reads head series and heap, and checks every host is being scraped.
func (r *replica) finish(hosts int) error {
	var err error
	if r.series, err = scalar(r.direct.url, `prometheus_tsdb_head_series`); err != nil {
		return fmt.Errorf("replica %s: %w", r.name, err)
	}
	if r.heap, err = scalar(r.direct.url, `go_memstats_heap_inuse_bytes{job="prometheus"}`); err != nil {
		return fmt.Errorf("replica %s: %w", r.name, err)
	}
	if want := float64(hosts * seriesPerHost()); r.series < want {
		return fmt.Errorf("replica %s: head holds %.0f series, fewer than the %.0f the hosts expose: scrapes are failing", r.name, r.series, want)
	}
	return nil
}

// figures renders the replica's columns: head series, samples/s and RSS (median
// of the readings, with min–max), RSS and heap bytes per series.
func (r *replica) figures() string {
	s, m := sorted(r.samples), sorted(r.rss)
	mib := func(b float64) float64 { return b / (1 << 20) }
	mid := len(s) / 2
	return fmt.Sprintf("%.0f | %.0f (%.0f–%.0f) | %.0f (%.0f–%.0f) | %.0f | %.0f",
		r.series, s[mid], s[0], s[len(s)-1], mib(m[mid]), mib(m[0]), mib(m[len(m)-1]),
		m[mid]/r.series, r.heap/r.series)
}

func sorted(v []float64) []float64 {
	out := append([]float64(nil), v...)
	sort.Float64s(out)
	return out
}

// config scrapes every synthetic host (one path each on the same listener, with
// the host label the stack gives each host's targets, which the dashboards'
// Host variable selects on) and the replica itself, every 5 s, and evaluates the
// stack's rule files every 15 s, as production does. The replica label is
// external, as in the stack: Thanos Query deduplicates on it and drops it from
// what it returns.
func config(name string, hosts int, synth, port string, rules []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "global: {scrape_interval: 5s, evaluation_interval: 15s, external_labels: {replica: %s}}\n", name)
	if len(rules) > 0 {
		b.WriteString("rule_files:\n")
		for _, r := range rules {
			fmt.Fprintf(&b, "  - '%s'\n", r)
		}
	}
	b.WriteString("scrape_configs:\n")
	fmt.Fprintf(&b, "  - job_name: prometheus\n    static_configs: [{targets: ['127.0.0.1:%s']}]\n", port)
	b.WriteString("  - job_name: node\n    static_configs:\n")
	for i := 0; i < hosts; i++ {
		l := targetLabels(i)
		fmt.Fprintf(&b, "      - targets: ['%s']\n        labels: {__metrics_path__: /hosts/%d/metrics, instance: %s, host: %s}\n",
			synth, i, l["instance"], l["host"])
	}
	return b.String()
}

// targetLabels are the labels synthetic host i's series get from its target.
func targetLabels(i int) map[string]string {
	name := fmt.Sprintf("host-%d", i)
	return map[string]string{"job": "node", "instance": name, "host": name}
}
