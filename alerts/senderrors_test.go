package alerts

import (
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/alerts/tooltest"
)

// The pinned Prometheus counts a failed post only in errors_total and a delivered
// one only in sent_total, so PrometheusAlertmanagerSendErrors' ratio, errors over
// errors + sent, is the share of alerts lost. Shown with the real binaries: one
// Alertmanager answers, one port refuses; the alert's own expression, over
// Prometheus's own series, fires for the refusing one only.
func TestSendErrorRatioOnThePinnedPrometheus(t *testing.T) {
	prom, am := tooltest.Binary(t, "prometheus"), tooltest.Binary(t, "alertmanager")
	dir := t.TempDir()
	good, refused, promAddr := tooltest.FreeAddr(t), tooltest.FreeAddr(t), tooltest.FreeAddr(t)
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	amConfig := write("am.yml", "route: {receiver: none}\nreceivers: [{name: none}]\n")
	tooltest.Start(t, nil, am, "--config.file="+amConfig, "--storage.path="+filepath.Join(dir, "am"),
		"--web.listen-address="+good, "--cluster.listen-address=")
	tooltest.WaitReady(t, "http://"+good+"/-/ready")
	write("rules.yml", "groups: [{name: always, rules: [{alert: Always, expr: vector(1)}]}]\n")
	promConfig := write("prometheus.yml", `global: {scrape_interval: 1s, evaluation_interval: 1s}
rule_files: [rules.yml]
alerting:
  alertmanagers: [{static_configs: [{targets: ["`+good+`", "`+refused+`"]}]}]
scrape_configs: [{job_name: prometheus, static_configs: [{targets: ["`+promAddr+`"]}]}]
`)
	tooltest.Start(t, nil, prom, "--config.file="+promConfig, "--storage.tsdb.path="+filepath.Join(dir, "tsdb"),
		"--web.listen-address="+promAddr, "--rules.alert.resend-delay=1s")
	tooltest.WaitReady(t, "http://"+promAddr+"/-/ready")

	expr := prometheusAlertmanagerSendErrors().Expr
	var firing map[string]float64
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		firing = instant(t, promAddr, expr)
		if len(firing) > 0 {
			break
		}
		time.Sleep(time.Second)
	}
	bad, ok := "http://"+refused+"/api/v2/alerts", "http://"+good+"/api/v2/alerts"
	if firing[bad] != 1 || len(firing) != 1 {
		t.Fatalf("the expression gave %v, want only %s at 1 (every post to it failed)", firing, bad)
	}
	// The delivering Alertmanager: sent, never an error, so its ratio is 0.
	sent := instant(t, promAddr, `prometheus_notifications_sent_total{job="prometheus"}`)
	errs := instant(t, promAddr, `prometheus_notifications_errors_total{job="prometheus"}`)
	if sent[ok] == 0 || errs[ok] != 0 || sent[bad] != 0 || errs[bad] == 0 {
		t.Errorf("sent %v, errors %v: want the answering Alertmanager only in sent, the refusing one only in errors", sent, errs)
	}
}

// instant is an instant query's value per alertmanager label.
func instant(t *testing.T, addr, query string) map[string]float64 {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/api/v1/query?query=" + url.QueryEscape(query))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Data struct {
			Result []struct {
				Metric map[string]string `json:"metric"`
				Value  [2]any            `json:"value"`
			} `json:"result"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, r := range body.Data.Result {
		var v float64
		if s, ok := r.Value[1].(string); ok {
			_ = json.Unmarshal([]byte(strings.Trim(s, `"`)), &v)
		}
		out[r.Metric["alertmanager"]] = v
	}
	return out
}
