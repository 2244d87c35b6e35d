package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// thanos is a Thanos sidecar beside one Prometheus, serving only the StoreAPI (no
// object storage, so nothing is uploaded), and a Thanos Query whose one endpoint
// is that sidecar. Everything listens on 127.0.0.1.
type thanos struct {
	query   endpoint
	sidecar string // the sidecar's gRPC address, the name Query gives its store
	procs   []*proc
}

// strictThanos makes Thanos Query fail a query a store cannot answer, where by
// default it could answer from the rest and only warn.
var strictThanos = url.Values{"partial_response": {"false"}}

// startThanos starts the sidecar over the TSDB at tsdb of the Prometheus on
// promPort, then Query in front of it. stop ends both.
func startThanos(ctx context.Context, bin, tsdb, promPort string) (*thanos, error) {
	ports, err := freePorts(4)
	if err != nil {
		return nil, err
	}
	local := func(port string) string { return "127.0.0.1:" + port }
	t := &thanos{
		query:   endpoint{name: "Thanos Query", url: "http://" + local(ports[2]), params: strictThanos},
		sidecar: local(ports[0]),
	}
	side, err := start(ctx, "thanos sidecar", bin, "sidecar", "--tsdb.path="+tsdb,
		"--prometheus.url=http://"+local(promPort), "--grpc-address="+t.sidecar,
		"--http-address="+local(ports[1]), "--log.level=warn")
	if err != nil {
		return nil, err
	}
	t.procs = append(t.procs, side)
	q, err := start(ctx, "thanos query", bin, "query", "--http-address="+local(ports[2]),
		"--grpc-address="+local(ports[3]), "--endpoint="+t.sidecar,
		"--query.replica-label=replica", "--log.level=warn")
	if err != nil {
		t.stop()
		return nil, err
	}
	t.procs = append(t.procs, q)
	return t, nil
}

// stop ends Query, then the sidecar.
func (t *thanos) stop() {
	for i := len(t.procs) - 1; i >= 0; i-- {
		t.procs[i].stop()
	}
}

// waitReady polls, once a second for at most limit, until Query lists the
// sidecar as a store without error and answers probe with a series through it.
func (t *thanos) waitReady(ctx context.Context, probe string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		for _, p := range t.procs {
			if err := p.exited(); err != nil {
				return err
			}
		}
		why := t.notReady(probe)
		if why == "" {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("waited %s for Thanos Query at %s to list the sidecar %s as a store and answer %s through it; last: %s",
				limit, t.query.url, t.sidecar, probe, why)
		}
		if err := pause(ctx, time.Second); err != nil {
			return err
		}
	}
}

// notReady returns "" when Query is ready, else what it still lacks.
func (t *thanos) notReady(probe string) string {
	c := http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(t.query.url + "/api/v1/stores")
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	var body struct {
		Data map[string][]struct {
			Name      string `json:"name"`
			LastError any    `json:"lastError"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return fmt.Sprintf("GET /api/v1/stores: HTTP %d: %v", resp.StatusCode, err)
	}
	for _, s := range body.Data["sidecar"] {
		if s.Name != t.sidecar {
			continue
		}
		if s.LastError != nil {
			return fmt.Sprintf("the store reports %v", s.LastError)
		}
		res, err := t.query.query(probe, nil)
		if err != nil {
			return err.Error()
		}
		if len(res) == 0 {
			return "the probe returns no series yet"
		}
		return ""
	}
	return "the sidecar is not among the stores yet"
}
