package lint

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// noLocalData says, by metric prefix, which source of a panel does not run in
// the local environment and why; such panels must query without error but may
// be empty. The container names are checked against model.Environment.Absent().
var noLocalData = []struct{ prefix, container, why string }{
	{"container_", model.CAdvisor, "cAdvisor"},
	{"keycloak_", "uchub-keycloak", "Keycloak"},
	{"traefik_", "traefik", "Traefik"},
	{`job="keycloak"`, "uchub-keycloak", "Keycloak"},
	{`job="traefik"`, "traefik", "Traefik"},
	{`job="cadvisor"`, model.CAdvisor, "cAdvisor"},
}

// quietPanels return no data on a healthy local stack by design: they show
// failures, or events the demo backend does not produce.
var quietPanels = map[string]string{
	"Firing threshold alerts":           "empty unless a host alert fires",
	"Container restart count":           "cAdvisor; and empty unless a container restarted",
	"Mean time to recovery (MTTR)":      "lists only jobs that had an outage in the range",
	"Mean time between failures (MTBF)": "lists only jobs that had an outage in the range",
	"Failed migration details":          "lists only failure reasons seen in the range",
	"Unhealthy zones":                   "returns 0 via vector(0); never empty",
	"User growth rate":                  "compares with the count a day earlier; a stack younger than a day has no such sample",
}

// liveWindow is a dashboard over the last six hours: 5m rate windows, so panels of
// sparse simulated events (a 429 from Cloudflare now and then) are not empty by chance.
var liveWindow = Values{RateInterval: "5m", Interval: "1m", Range: "6h", RangeSeconds: "21600", Other: ".+"}

// TestLiveQueries runs every panel query against a running Prometheus
// (PROMETHEUS_URL, e.g. http://127.0.0.1:9090 for the local stack): each must
// run without error, and panels whose source runs locally must return data.
func TestLiveQueries(t *testing.T) {
	base := os.Getenv("PROMETHEUS_URL")
	if base == "" {
		t.Skip("PROMETHEUS_URL not set; start the local stack and set it to run the live test")
	}
	env, err := model.LoadEnvironment("../environments", "local")
	if err != nil {
		t.Fatal(err)
	}
	absent := env.Absent()
	qs, err := AllQueries()
	if err != nil {
		t.Fatal(err)
	}
	panelHasData := map[string]bool{}
	panelExempt := map[string]string{}
	for _, q := range qs {
		key := q.DashboardUID + " / " + q.Panel
		n, err := instantQuery(base, Expand(q.Expr, liveWindow))
		if err != nil {
			t.Errorf("%s query %s: %v\n  %s", key, q.RefID, err, q.Expr)
			continue
		}
		panelHasData[key] = panelHasData[key] || n > 0
		if why := exemption(q, absent); why != "" {
			panelExempt[key] = why
		}
	}
	for key, has := range panelHasData {
		if has {
			continue
		}
		if why, ok := panelExempt[key]; ok {
			t.Logf("no data (expected: %s): %s", why, key)
			continue
		}
		t.Errorf("no data: %s", key)
	}
}

// exemption says why a query may return nothing locally ("" when it must return data).
func exemption(q Query, absent map[string]string) string {
	if why, ok := quietPanels[q.Panel]; ok {
		return why
	}
	for _, s := range noLocalData {
		// A metric prefix counts only at the start of a name: ops_center_keycloak_*
		// comes from the backend, which runs here; keycloak_* from Keycloak, which does not.
		if regexp.MustCompile(`(^|[^a-zA-Z0-9_:])` + regexp.QuoteMeta(s.prefix)).MatchString(q.Expr) {
			if reason, ok := absent[s.container]; ok {
				return s.why + " does not run locally: " + reason
			}
		}
	}
	if strings.Contains(q.Expr, "ops_center_lago_") {
		if reason, ok := absent["unicorn-lago-api"]; ok {
			return "Lago does not run locally, so no billing events reach the backend: " + reason
		}
	}
	return ""
}

func instantQuery(base, expr string) (int, error) {
	client := http.Client{Timeout: 20 * time.Second}
	resp, err := client.Get(strings.TrimRight(base, "/") + "/api/v1/query?query=" + url.QueryEscape(expr))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var body struct {
		Status string `json:"status"`
		Error  string `json:"error"`
		Data   struct {
			Result json.RawMessage `json:"result"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return 0, err
	}
	if body.Status != "success" {
		return 0, fmt.Errorf("%s", body.Error)
	}
	var vector []any
	if json.Unmarshal(body.Data.Result, &vector) == nil {
		return len(vector), nil
	}
	return 1, nil // a scalar or string result is data
}
