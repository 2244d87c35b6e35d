package main

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// A synthetic host's page is valid exposition that Prometheus's own parser reads,
// with the series count the report states, and its counters grow.
func TestHostPageIsValidExposition(t *testing.T) {
	fams, page := parsedHost(t, 3)
	n := 0
	for _, f := range fams {
		n += len(f.Metric)
	}
	if n != seriesPerHost() || n < 150 {
		t.Errorf("%d series, seriesPerHost says %d (want a realistic 150+)", n, seriesPerHost())
	}
	var later strings.Builder
	hostSeries(&later, 3, time.Unix(1_000_600, 0))
	if page == later.String() {
		t.Error("counters do not grow with time")
	}
}

// parsedHost is synthetic host i's page at a fixed time, read by Prometheus's own
// exposition parser, and the page itself.
func parsedHost(t *testing.T, i int) (map[string]*dto.MetricFamily, string) {
	t.Helper()
	var b strings.Builder
	hostSeries(&b, i, time.Unix(1_000_000, 0))
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("not valid exposition: %v\n%s", err, b.String())
	}
	return fams, b.String()
}

func TestHandlerServesOnlyItsHosts(t *testing.T) {
	srv := httptest.NewServer(hostsHandler(2))
	defer srv.Close()
	for path, want := range map[string]int{"/hosts/0/metrics": 200, "/hosts/1/metrics": 200, "/hosts/2/metrics": 404, "/hosts/x/metrics": 404, "/metrics": 404} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%s: %d, want %d", path, resp.StatusCode, want)
		}
	}
}

// Every series selector of the dashboards' host queries, as Grafana expands them on
// "All", matches a series of a synthetic host with its target labels, or one the
// stack's recording rules make of them: a query that selects nothing would be timed
// as fast as it is useless.
func TestEveryHostQuerySelectsSyntheticSeries(t *testing.T) {
	fams, _ := parsedHost(t, 0)
	var synthetic []labels.Labels
	for name, f := range fams {
		for _, m := range f.Metric {
			l := map[string]string{"__name__": name}
			for k, v := range targetLabels(0) {
				l[k] = v
			}
			for _, p := range m.Label {
				l[p.GetName()] = p.GetValue()
			}
			synthetic = append(synthetic, labels.FromMap(l))
		}
	}
	p := parser.NewParser(parser.Options{})
	synthetic = append(synthetic, recordedSeries(t, p, synthetic)...)
	queries, err := hostQueries()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range queries {
		expr, err := p.ParseExpr(q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		parser.Inspect(expr, func(node parser.Node, _ []parser.Node) error {
			vs, ok := node.(*parser.VectorSelector)
			if !ok {
				return nil
			}
			if !slices.ContainsFunc(synthetic, func(s labels.Labels) bool { return matchesAll(vs.LabelMatchers, s) }) {
				t.Errorf("%s selects no synthetic series, in %s", vs, q)
			}
			return nil
		})
	}
}

func matchesAll(ms []*labels.Matcher, s labels.Labels) bool {
	for _, m := range ms {
		if !m.Matches(s.Get(m.Name)) {
			return false
		}
	}
	return true
}

// recordedSeries adds the series the stack's recording rules make from the given
// ones: a rule's output takes the labels of the series its first selector matches,
// narrowed to its aggregation's by() when it has one.
func recordedSeries(t *testing.T, p parser.Parser, in []labels.Labels) []labels.Labels {
	var out []labels.Labels
	for _, r := range alerts.RecordingRules() {
		expr, err := p.ParseExpr(r.Expr)
		if err != nil {
			t.Fatalf("%s: %v", r.Record, err)
		}
		var first *parser.VectorSelector
		var by []string
		grouped := false
		parser.Inspect(expr, func(node parser.Node, _ []parser.Node) error {
			switch n := node.(type) {
			case *parser.VectorSelector:
				if first == nil {
					first = n
				}
			case *parser.AggregateExpr:
				if !grouped && !n.Without {
					by, grouped = n.Grouping, true
				}
			}
			return nil
		})
		for _, s := range in {
			if first == nil || !matchesAll(first.LabelMatchers, s) {
				continue
			}
			b := labels.NewBuilder(s)
			if grouped {
				b.Keep(by...)
			} else {
				b.Del(labels.MetricName)
			}
			b.Set(labels.MetricName, r.Record)
			out = append(out, b.Labels())
		}
	}
	return out
}
