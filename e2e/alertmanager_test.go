//go:build e2e

package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

const amURL = "http://127.0.0.1:9093"

// amAlert is an alert as Alertmanager's API v2 reports it.
type amAlert struct {
	Labels      map[string]string `json:"labels"`
	Fingerprint string            `json:"fingerprint"`
	Status      struct {
		State       string   `json:"state"` // active, suppressed, unprocessed
		SilencedBy  []string `json:"silencedBy"`
		InhibitedBy []string `json:"inhibitedBy"`
	} `json:"status"`
}

// amAlerts lists the alerts Alertmanager holds that match the filter matchers
// (e.g. `alertname="RedisDown"`), silenced and inhibited ones included.
func amAlerts(filters ...string) ([]amAlert, error) {
	q := url.Values{"active": {"true"}, "silenced": {"true"}, "inhibited": {"true"}, "unprocessed": {"true"}}
	for _, f := range filters {
		q.Add("filter", f)
	}
	var out []amAlert
	err := getJSON(amURL+"/api/v2/alerts?"+q.Encode(), &out)
	return out, err
}

// amGroupExists reports whether Alertmanager already has an aggregation group for
// alertname: then its next notification waits for group_interval, not group_wait.
func amGroupExists(alertname string) (bool, error) {
	var groups []struct {
		Labels map[string]string `json:"labels"`
	}
	if err := getJSON(amURL+"/api/v2/alerts/groups", &groups); err != nil {
		return false, err
	}
	for _, g := range groups {
		if g.Labels["alertname"] == alertname {
			return true, nil
		}
	}
	return false, nil
}

// amPost sends JSON to Alertmanager's API and decodes the answer into out (if not nil).
func amPost(path string, body, out any) error {
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	resp, err := client.Post(amURL+path, "application/json", bytes.NewReader(b))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("POST %s: %s", path, resp.Status)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// postAlert hands Alertmanager one alert directly (as Prometheus would, with its
// environment label), ending at ends.
func postAlert(labels map[string]string, ends time.Time) error {
	withEnv := maps.Clone(labels)
	withEnv[model.EnvironmentLabel] = "local"
	return amPost("/api/v2/alerts", []map[string]any{{
		"labels":      withEnv,
		"annotations": map[string]string{"summary": "e2e probe", "description": "sent by the e2e suite"},
		"endsAt":      ends.UTC().Format(time.RFC3339),
	}}, nil)
}

// silenceState reads a silence's state: active, pending or expired.
func silenceState(id string) (string, error) {
	var s struct {
		Status struct {
			State string `json:"state"`
		} `json:"status"`
	}
	err := getJSON(amURL+"/api/v2/silence/"+id, &s)
	return s.Status.State, err
}

// expireSilence ends a silence (DELETE /api/v2/silence/{id}).
func expireSilence(id string) error {
	req, err := http.NewRequest(http.MethodDelete, amURL+"/api/v2/silence/"+id, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("DELETE silence %s: %s", id, resp.Status)
	}
	return nil
}
