// Command scale measures an HA pair of Prometheus replicas (the release make
// setup builds) scraping synthetic node_exporter-like hosts on 127.0.0.1:
// ingestion and memory per active series of each replica, and the latency of the
// dashboards' host queries at each host count, asked of each replica directly and
// through Thanos Query deduplicating the pair (thanos.go).
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
	rules := flag.String("rules", "", "comma-separated rule files every replica evaluates (the stack's recording and alert rules)")
	replicas := flag.Int("replicas", 2, "Prometheus replicas scraping the same hosts (an HA pair by default)")
	warm := flag.Duration("warm", 75*time.Second, "scraping before the measurements")
	rounds := flag.Int("rounds", 20, "runs of each dashboard query")
	flag.Parse()
	if *prom == "" || *thanosBin == "" {
		fail(fmt.Errorf("-prometheus and -thanos are required"))
	}
	if *replicas < 1 {
		fail(fmt.Errorf("-replicas: %d; run at least one Prometheus", *replicas))
	}
	ruleList := ruleFiles(*rules)
	queries, err := hostQueries()
	if err != nil {
		fail(err)
	}
	// Interrupted, the bench still stops what it started before it exits.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Printf("Per host: %d series (node_exporter families the dashboards read). %d Prometheus replicas scrape the same hosts "+
		"every 5 s, each with its own `replica` external label, as the stack's HA pair does, and each evaluates %d rule files "+
		"(the stack's recording and alert rules) every 15 s; measured after %s of scraping. "+
		"%d host queries of the dashboards, each run %d times (instant, last hour's variables) against each replica directly "+
		"and as many through Thanos Query (a Thanos sidecar on each replica, no object storage, deduplicating on `replica`), "+
		"all taking turns. The last column counts the series the queries return from the replica and through Query; "+
		"the bench fails if the sets differ (Query not deduplicating would return each series twice).\n\n",
		seriesPerHost(), *replicas, len(ruleList), *warm, len(queries), *rounds)
	fmt.Println("| hosts | replica | head series | samples/s (median, min–max of 3) | RSS MiB (median, min–max) | RSS bytes per series | heap bytes per series | " +
		"direct p50 / p99 / max ms | via Thanos Query p50 / p99 / max ms | series direct = via Thanos |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	for _, s := range strings.Split(*counts, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fail(fmt.Errorf("-hosts: %q is not a host count", s))
		}
		rows, err := measure(ctx, *prom, *thanosBin, *replicas, n, ruleList, *warm, *rounds, queries)
		if err != nil {
			fail(fmt.Errorf("%d hosts: %w", n, err))
		}
		fmt.Println(strings.Join(rows, "\n"))
	}
}

// ruleFiles splits -rules into absolute paths (the replicas run in a folder of their own).
func ruleFiles(list string) []string {
	var out []string
	for _, f := range strings.Split(list, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		abs, err := filepath.Abs(f)
		if err != nil {
			fail(fmt.Errorf("-rules: %w", err))
		}
		if _, err := os.Stat(abs); err != nil {
			fail(fmt.Errorf("-rules: %w", err))
		}
		out = append(out, abs)
	}
	return out
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

func measure(ctx context.Context, prom, thanosBin string, replicas, hosts int, rules []string, warm time.Duration, rounds int, queries []string) ([]string, error) {
	synth, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: hostsHandler(hosts), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(synth)
	defer srv.Close()
	ports, err := freePorts(replicas)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "opsmon-scale-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithTimeout(ctx, warm+10*time.Minute)
	defer cancel()
	var pair []*replica
	defer func() {
		for _, r := range pair {
			r.proc.stop()
		}
	}()
	for i, port := range ports {
		name := fmt.Sprintf("bench-%d", i)
		rdir := filepath.Join(dir, name)
		if err := os.Mkdir(rdir, 0o755); err != nil {
			return nil, err
		}
		r, err := startReplica(ctx, prom, rdir, name, port, hosts, synth.Addr().String(), rules)
		if err != nil {
			return nil, err
		}
		pair = append(pair, r)
	}
	if err := pause(ctx, warm); err != nil {
		return nil, err
	}
	for i := 0; i < 3; i++ {
		if i > 0 {
			if err := pause(ctx, 10*time.Second); err != nil {
				return nil, err
			}
		}
		for _, r := range pair {
			if err := r.proc.exited(); err != nil {
				return nil, err
			}
			if err := r.read(); err != nil {
				return nil, err
			}
		}
	}
	for _, r := range pair {
		if err := r.finish(hosts); err != nil {
			return nil, err
		}
	}
	// Thanos starts only now, so the ingestion and memory figures above are
	// the replicas' alone.
	th, err := startThanos(ctx, thanosBin, pair)
	if err != nil {
		return nil, err
	}
	defer th.stop()
	if err := th.waitReady(ctx, `up{job="node"}`, 60*time.Second); err != nil {
		return nil, err
	}
	// Each replica alone and the deduplicated view return the same series: twice
	// as many through Query would mean it did not deduplicate.
	counts := make([]string, len(pair))
	eps := []endpoint{th.query}
	for i, r := range pair {
		nDirect, nVia, err := agree(r.direct, th.query, queries)
		if err != nil {
			return nil, fmt.Errorf("replica %s: %w", r.name, err)
		}
		// Queries that select nothing are timed as fast as they are useless.
		if nDirect < hosts {
			return nil, fmt.Errorf("replica %s: the dashboards' host queries return %d series for %d hosts: they select none of the synthetic series (a label they filter on is missing?)", r.name, nDirect, hosts)
		}
		counts[i] = fmt.Sprintf("%d = %d", nDirect, nVia)
		eps = append(eps, r.direct)
	}
	lat, err := timeQueries(eps, queries, rounds)
	if err != nil {
		return nil, err
	}
	var rows []string
	for i, r := range pair {
		via := "as above"
		if i == 0 {
			via = latencySummary(lat[0])
		}
		rows = append(rows, fmt.Sprintf("| %d | %s | %s | %s | %s | %s |",
			hosts, r.name, r.figures(), latencySummary(lat[i+1]), via, counts[i]))
	}
	return rows, nil
}
