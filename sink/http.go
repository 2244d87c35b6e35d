package sink

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"
)

const maxBody = 1 << 20

// Handler serves the receiving endpoints Alertmanager posts to
// (/slack/<receiver>, /pagerduty/<receiver>, /webhook/<receiver>) and the
// read side tests use (GET and DELETE /deliveries, /metrics, /healthz).
func Handler(s *Store, now func() time.Time) http.Handler {
	mux := http.NewServeMux()
	for _, kind := range []string{"slack", "pagerduty", "webhook"} {
		mux.HandleFunc("POST /"+kind+"/{receiver}", func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			s.Add(Delivery{Kind: kind, Receiver: r.PathValue("receiver"), ReceivedAt: now(), Body: string(body)})
			if kind == "pagerduty" {
				// Events API v2 answers 202 with a status object.
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusAccepted)
				fmt.Fprint(w, `{"status":"success","message":"Event processed"}`)
				return
			}
			fmt.Fprint(w, "ok")
		})
	}
	mux.HandleFunc("GET /deliveries", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		list := s.List()
		if list == nil {
			list = []Delivery{}
		}
		_ = json.NewEncoder(w).Encode(list)
	})
	mux.HandleFunc("DELETE /deliveries", func(w http.ResponseWriter, r *http.Request) {
		s.Reset()
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		fmt.Fprint(w, metricsText(s.Counts()))
	})
	return mux
}

// metricsText exposes delivery counts, so Prometheus (through Docker service
// discovery) can see the sink receiving.
func metricsText(counts map[[2]string]int) string {
	keys := make([][2]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1] })
	var b strings.Builder
	b.WriteString("# HELP notification_sink_deliveries_total Notifications received, by integration and receiver.\n")
	b.WriteString("# TYPE notification_sink_deliveries_total counter\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "notification_sink_deliveries_total{kind=%q,receiver=%q} %d\n", k[0], k[1], counts[k])
	}
	return b.String()
}
