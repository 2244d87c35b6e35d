//go:build e2e

package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

const amURL = "http://127.0.0.1:9093"

// restartKeepsSilence creates a silence, restarts Alertmanager, and reads the
// silence back active: silences live on the alertmanager-data volume.
func restartKeepsSilence(t *testing.T) {
	now := time.Now().UTC()
	body, _ := json.Marshal(map[string]any{
		"matchers":  []map[string]any{{"name": "alertname", "value": "MaintenanceProbe", "isRegex": false, "isEqual": true}},
		"startsAt":  now.Format(time.RFC3339),
		"endsAt":    now.Add(time.Hour).Format(time.RFC3339),
		"createdBy": "e2e",
		"comment":   "must survive an Alertmanager restart",
	})
	resp, err := client.Post(amURL+"/api/v2/silences", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var created struct {
		SilenceID string `json:"silenceID"`
	}
	err = json.NewDecoder(resp.Body).Decode(&created)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK || created.SilenceID == "" {
		t.Fatalf("create silence: %s %v", resp.Status, err)
	}
	if out, err := exec.Command("docker", "restart", model.Alertmanager).CombinedOutput(); err != nil {
		t.Fatalf("docker restart: %v %s", err, out)
	}
	eventually(t, 90*time.Second, 2*time.Second, "silence active after the restart", func() string {
		var s struct {
			Status struct {
				State string `json:"state"`
			} `json:"status"`
		}
		if err := getJSON(amURL+"/api/v2/silence/"+created.SilenceID, &s); err != nil {
			return err.Error()
		}
		if s.Status.State != "active" {
			return fmt.Sprintf("state %q", s.Status.State)
		}
		return ""
	})
}
