package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// sample is one series of an instant query's vector result.
type sample struct {
	Metric map[string]string `json:"metric"`
	Value  []any             `json:"value"`
}

// query runs an instant query against the Prometheus HTTP API at api (Prometheus
// or Thanos Query), with any extra parameters, and returns the series of a vector
// result; a scalar or string result has none.
func query(api, expr string, params url.Values) ([]sample, error) {
	v := url.Values{"query": {expr}}
	for k, vs := range params {
		v[k] = vs
	}
	c := http.Client{Timeout: 30 * time.Second}
	resp, err := c.Get(api + "/api/v1/query?" + v.Encode())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var body struct {
		Status string `json:"status"`
		Error  string `json:"error"`
		Data   struct {
			ResultType string          `json:"resultType"`
			Result     json.RawMessage `json:"result"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, fmt.Errorf("HTTP %d: %w", resp.StatusCode, err)
	}
	if body.Status != "success" {
		return nil, fmt.Errorf("HTTP %d: %s", resp.StatusCode, body.Error)
	}
	if body.Data.ResultType != "vector" {
		return nil, nil
	}
	var out []sample
	if err := json.Unmarshal(body.Data.Result, &out); err != nil {
		return nil, fmt.Errorf("vector result: %w", err)
	}
	return out, nil
}

// endpoint is a Prometheus HTTP API to query: Prometheus itself or Thanos Query.
type endpoint struct {
	name   string
	url    string
	params url.Values // sent with every query
}

// query runs expr with the endpoint's parameters and more.
func (e endpoint) query(expr string, more url.Values) ([]sample, error) {
	params := url.Values{}
	for _, vs := range []url.Values{e.params, more} {
		for k, v := range vs {
			params[k] = v
		}
	}
	res, err := query(e.url, expr, params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.name, err)
	}
	return res, nil
}

func scalar(api, expr string) (float64, error) {
	res, err := query(api, expr, nil)
	if err != nil {
		return 0, err
	}
	if len(res) == 0 || len(res[0].Value) != 2 {
		return 0, fmt.Errorf("%s: no result", expr)
	}
	s, _ := res[0].Value[1].(string)
	return strconv.ParseFloat(s, 64)
}

// freePorts returns n distinct ports free on 127.0.0.1 (held open together, so
// no two are the same).
func freePorts(n int) ([]string, error) {
	var out []string
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		defer l.Close()
		out = append(out, strconv.Itoa(l.Addr().(*net.TCPAddr).Port))
	}
	return out, nil
}
