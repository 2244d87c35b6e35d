package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// thanos is a Thanos sidecar beside each Prometheus replica, serving only the
// StoreAPI (no object storage, so nothing is uploaded), and a Thanos Query over
// all the sidecars, deduplicating on the replica label as the stack's does.
// Everything listens on 127.0.0.1.
type thanos struct {
	query    endpoint
	sidecars []string // the sidecars' gRPC addresses, the names Query gives its stores
	procs    []*proc
}

// strictThanos makes Thanos Query fail a query a store cannot answer, where by
// default it could answer from the rest and only warn.
var strictThanos = url.Values{"partial_response": {"false"}}

// startThanos starts a sidecar over each replica's TSDB, then Query in front of
// them all. stop ends them.
func startThanos(ctx context.Context, bin string, replicas []*replica) (*thanos, error) {
	ports, err := freePorts(2 + 2*len(replicas))
	if err != nil {
		return nil, err
	}
	local := func(port string) string { return "127.0.0.1:" + port }
	t := &thanos{query: endpoint{name: "Thanos Query", url: "http://" + local(ports[0]), params: strictThanos}}
	args := []string{"query", "--http-address=" + local(ports[0]), "--grpc-address=" + local(ports[1]),
		"--query.replica-label=replica", "--log.level=warn"}
	for i, r := range replicas {
		grpc, http := local(ports[2+2*i]), local(ports[3+2*i])
		side, err := start(ctx, "thanos sidecar "+r.name, bin, "sidecar", "--tsdb.path="+r.tsdb,
			"--prometheus.url="+r.direct.url, "--grpc-address="+grpc, "--http-address="+http, "--log.level=warn")
		if err != nil {
			t.stop()
			return nil, err
		}
		t.procs = append(t.procs, side)
		t.sidecars = append(t.sidecars, grpc)
		args = append(args, "--endpoint="+grpc)
	}
	q, err := start(ctx, "thanos query", bin, args...)
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
// sidecars as stores without error and answers probe with a series through them.
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
			return fmt.Errorf("waited %s for Thanos Query at %s to list the sidecars %v as stores and answer %s through them; last: %s",
				limit, t.query.url, t.sidecars, probe, why)
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
	healthy := map[string]bool{}
	for _, s := range body.Data["sidecar"] {
		if s.LastError != nil {
			return fmt.Sprintf("the store %s reports %v", s.Name, s.LastError)
		}
		healthy[s.Name] = true
	}
	for _, name := range t.sidecars {
		if !healthy[name] {
			return "the sidecar " + name + " is not among the stores yet"
		}
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
