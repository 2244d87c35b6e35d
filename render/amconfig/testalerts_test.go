package amconfig

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/alerts/tooltest"
)

// localAlertmanager is a real Alertmanager on 127.0.0.1 with an environment's
// rendered config, its receivers pointed at a sink address on this machine.
type localAlertmanager struct {
	dir, sinkHTTP, sinkSMTP string
}

func newLocalAlertmanager(t *testing.T, env string) *localAlertmanager {
	t.Helper()
	files, err := Files(load(t, env))
	if err != nil {
		t.Fatal(err)
	}
	am := &localAlertmanager{dir: tooltest.WriteTree(t, files), sinkHTTP: tooltest.FreeAddr(t), sinkSMTP: tooltest.FreeAddr(t)}
	// The container's names and paths, as this machine has them.
	cfg := strings.NewReplacer("notification-sink:9095", am.sinkHTTP, "notification-sink:2525", am.sinkSMTP,
		SecretsDir, filepath.Join(am.dir, "secrets"), ContainerDir+"/templates", filepath.Join(am.dir, TemplatesDir),
	).Replace(string(files[ConfigPath]))
	written := map[string][]byte{ConfigPath: []byte(cfg)}
	for _, s := range SecretFiles(load(t, env)) {
		written["secrets/"+filepath.Base(s)] = []byte("not-used-by-the-sink")
	}
	for p, b := range written {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(am.dir, p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(am.dir, p), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return am
}

// start runs the Alertmanager until the test ends; it returns its address once ready.
func (am *localAlertmanager) start(t *testing.T) string {
	t.Helper()
	addr := tooltest.FreeAddr(t)
	tooltest.Start(t, nil, tooltest.Binary(t, "alertmanager"), "--config.file="+filepath.Join(am.dir, ConfigPath),
		"--storage.path="+filepath.Join(am.dir, "data"), "--web.listen-address="+addr, "--cluster.listen-address=")
	tooltest.WaitReady(t, "http://"+addr+"/-/ready")
	return addr
}

// test-alerts.sh proves delivery without reading a sink: a real Alertmanager with
// the local environment's rendered config delivers to a real HTTP and SMTP server
// (the project's notification sink), the script reads only Alertmanager's counters
// and API, with no Go on PATH. With the receivers' server down, it reports the miss.
func TestTestAlertsProvesDeliveryFromAlertmanager(t *testing.T) {
	am, script := newScriptBench(t)
	sink := am.startSink(t)
	amAddr := am.start(t)
	run := func(severities, wait string) (string, error) { return runScript(script, amAddr, severities, wait) }
	out, err := run("medium critical", "20")
	if err != nil {
		t.Fatalf("test-alerts.sh: %v\n%s", err, out)
	}
	for _, want := range []string{"deliveries read from Alertmanager's counters and API", "ops-critical via pagerduty",
		"ops-critical via email", "ops-medium via slack", "OpsCenterDown inhibits", "all inhibited",
		fmt.Sprintf("%-52s %-52s ok", "groups: local opsmon-test-elsewhere", "groups: local opsmon-test-elsewhere")} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "MISS") {
		t.Errorf("a miss with every receiver up:\n%s", out)
	}
	// The receivers' server goes away: Alertmanager retries, nothing is delivered.
	if err := sink.Process.Kill(); err != nil {
		t.Fatalf("stop the sink: %v", err)
	}
	out, err = run("medium", "5")
	if err == nil || !strings.Contains(out, fmt.Sprintf("%-34s", "  ops-medium via slack")) || !strings.Contains(out, "MISS") {
		t.Errorf("test-alerts.sh passed with its receivers down: %v\n%s", err, out)
	}
}

// newScriptBench is a local Alertmanager not yet started, and the rendered
// test-alerts.sh beside its config.
func newScriptBench(t *testing.T) (*localAlertmanager, string) {
	t.Helper()
	am := newLocalAlertmanager(t, "local")
	script := filepath.Join(am.dir, TestScriptPath)
	if err := os.Chmod(script, 0o755); err != nil {
		t.Fatal(err)
	}
	return am, script
}

// startSink runs the project's notification sink on the receivers' addresses.
func (am *localAlertmanager) startSink(t *testing.T) *exec.Cmd {
	t.Helper()
	bin := filepath.Join(am.dir, "notification-sink")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/notification-sink").CombinedOutput(); err != nil {
		t.Fatalf("build the sink: %v\n%s", err, out)
	}
	return tooltest.Start(t, []string{"SINK_HTTP_ADDR=" + am.sinkHTTP, "SINK_SMTP_ADDR=" + am.sinkSMTP}, bin)
}

// runScript runs test-alerts.sh reading deliveries from Alertmanager's counters.
func runScript(script, amAddr, severities, wait string) (string, error) {
	cmd := exec.Command(script)
	cmd.Env = append(os.Environ(), "AM_URL=http://"+amAddr, "SINK_URL=", "WAIT="+wait,
		"SEVERITIES="+severities, "PATH=/usr/bin:/bin")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// A real Watchdog is firing, as in every healthy environment: the script's test
// Watchdog joins its group, which Alertmanager notifies again only at its next
// group interval (local: 10 s). With WAIT=1 the script must wait that interval
// too, and say why; without it, it reports a miss.
func TestTestAlertsWaitsForTheFiringGroupsInterval(t *testing.T) {
	am, script := newScriptBench(t)
	am.startSink(t)
	amAddr := am.start(t)
	watchdog := `[{"labels":{"alertname":"Watchdog","severity":"none","service":"monitoring","environment":"local","instance":"prometheus"},` +
		`"endsAt":"` + time.Now().Add(10*time.Minute).UTC().Format(time.RFC3339) + `"}]`
	resp, err := http.Post("http://"+amAddr+"/api/v2/alerts", "application/json", strings.NewReader(watchdog))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("posting the firing Watchdog: %v %v", err, resp)
	}
	resp.Body.Close()
	// Its group's first notification (group_wait 0s) is out before the script runs.
	deadline := time.Now().Add(20 * time.Second)
	for !notified(t, amAddr, "webhook") {
		if time.Now().After(deadline) {
			t.Fatal("the firing Watchdog was never notified")
		}
		time.Sleep(200 * time.Millisecond)
	}
	out, err := runScript(script, amAddr, "none", "1")
	if err != nil || !strings.Contains(out, "note: Watchdog already firing: the test alerts join its group, sent at its next interval (waiting up to 11s)") {
		t.Errorf("test-alerts.sh with a firing Watchdog: %v\n%s", err, out)
	}
}

// notified: Alertmanager counts a successful notification through integration.
func notified(t *testing.T, amAddr, integration string) bool {
	t.Helper()
	resp, err := http.Get("http://" + amAddr + "/metrics")
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "alertmanager_notifications_total{") && strings.Contains(line, `integration="`+integration+`"`) && !strings.HasSuffix(line, " 0") {
			return true
		}
	}
	return false
}
