package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// A synthetic host's page is valid exposition that Prometheus's own parser reads,
// with the series count the report states, and its counters grow.
func TestHostPageIsValidExposition(t *testing.T) {
	var b strings.Builder
	hostSeries(&b, 3, time.Unix(1_000_000, 0))
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("not valid exposition: %v\n%s", err, b.String())
	}
	n := 0
	for _, f := range fams {
		n += len(f.Metric)
	}
	if n != seriesPerHost() || n < 150 {
		t.Errorf("%d series, seriesPerHost says %d (want a realistic 150+)", n, seriesPerHost())
	}
	var later strings.Builder
	hostSeries(&later, 3, time.Unix(1_000_600, 0))
	if b.String() == later.String() {
		t.Error("counters do not grow with time")
	}
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
