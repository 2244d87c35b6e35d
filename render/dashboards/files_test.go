package dashboards

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestFilesHasOneJSONPerDashboardAndTheGuide(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 16 {
		t.Fatalf("got %d files, want 15 dashboards and the guide", len(files))
	}
	raw := files[Dir+"/api-performance.json"]
	var model map[string]any
	if err := json.Unmarshal(raw, &model); err != nil {
		t.Fatalf("api-performance.json: %v", err)
	}
	if model["uid"] != "ops-api-performance" || model["refresh"] != "30s" {
		t.Errorf("api-performance.json: uid %v refresh %v", model["uid"], model["refresh"])
	}
	guide := string(files[GuidePath])
	for _, want := range []string{"## API Performance", "### Latency", "- **Top 10 slowest endpoints** (seconds):"} {
		if !strings.Contains(guide, want) {
			t.Errorf("guide lacks %q", want)
		}
	}
}
