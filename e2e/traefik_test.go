//go:build e2e

package e2e

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/hostplan/plantest"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// The person's one login at the edge (the product's ops-auth middleware).
const (
	edgeUser     = "oncall"
	edgePassword = "edge-bench-login-4711"
	edgeDomain   = "staging.magicunicorn.tech"
)

// traefikBench is the product's Traefik, built from source by setup, run on this
// machine as the edge in front of staging: its docker provider reads the engine
// and routes by the labels the stack renders (exposing by default, so a missing
// traefik.enable=false would show); its file provider holds the auth middleware,
// a certificate from a bench CA, and what `opsmon traefik-config` writes.
type traefikBench struct {
	api    string       // Traefik's own API, on 127.0.0.1
	entry  string       // the websecure entrypoint, host:port on 127.0.0.1
	dir    string       // ca.crt (the bench CA) and the test's files
	client *http.Client // trusts the bench CA; every host name goes to the entrypoint
	log    string
}

// startTraefik runs Traefik until the test ends, and waits until it routes
// staging's Prometheus and Alertmanager.
func startTraefik(t *testing.T, s *standIn) *traefikBench {
	t.Helper()
	bin := filepath.Join(toolBin(), "traefik")
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("no Traefik build at %s (make setup builds it): %v", bin, err)
	}
	dir := t.TempDir()
	dyn := filepath.Join(dir, "dynamic")
	if err := os.MkdirAll(dyn, 0o700); err != nil {
		t.Fatal(err)
	}
	pool := edgeCertificate(t, dir)
	hash, err := bcrypt.GenerateFromPassword([]byte(edgePassword), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	bench := fmt.Sprintf(`http:
  middlewares:
    ops-auth:
      basicAuth:
        users: [%q]
        removeHeader: true
tls:
  stores:
    default:
      defaultCertificate:
        certFile: %s
        keyFile: %s
`, edgeUser+":"+string(hash), filepath.Join(dir, "edge.crt"), filepath.Join(dir, "edge.key"))
	if err := os.WriteFile(filepath.Join(dyn, "bench.yml"), []byte(bench), 0o600); err != nil {
		t.Fatal(err)
	}
	// The file the operator installs in the product's Traefik, from the secrets file.
	s.run(t, "scripts/opsmon.sh", "traefik-config", "-env", "staging", "-file", s.secrets, "-out", filepath.Join(dyn, "opsmon-staging.yml"))
	ports := freePorts(t, 2)
	web, api := ports[0], ports[1]
	logPath := filepath.Join(dir, "traefik.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin,
		"--global.checkNewVersion=false", "--global.sendAnonymousUsage=false", "--log.level=INFO",
		"--entryPoints.websecure.address=127.0.0.1:"+web, "--entryPoints.traefik.address=127.0.0.1:"+api, "--api.insecure=true",
		"--providers.docker.endpoint="+engineSocket(), "--providers.docker.exposedByDefault=true",
		"--providers.file.directory="+dyn,
		// The resolver the labels name; its ACME server is unreachable here, so
		// Traefik serves the bench certificate (the default) meanwhile.
		"--certificatesResolvers.letsencrypt.acme.storage="+filepath.Join(dir, "acme.json"),
		"--certificatesResolvers.letsencrypt.acme.email=ops@example.com",
		"--certificatesResolvers.letsencrypt.acme.caServer=https://127.0.0.1:9/directory",
		"--certificatesResolvers.letsencrypt.acme.tlsChallenge=true")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		_, _ = cmd.Process.Wait()
		logFile.Close()
	})
	tb := &traefikBench{api: "http://127.0.0.1:" + api, entry: "127.0.0.1:" + web, dir: dir, log: logPath, client: &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{RootCAs: pool},
			DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
				return (&net.Dialer{}).DialContext(ctx, network, "127.0.0.1:"+web)
			},
		},
	}}
	deadline := time.Now().Add(90 * time.Second)
	for {
		routers := tb.routers(t)
		if routers["prometheus@docker"] != "" && routers["alertmanager@docker"] != "" {
			return tb
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(logPath)
			t.Fatalf("Traefik routes %v after 90 s, not staging's Prometheus and Alertmanager:\n%s", routers, tail(string(log), 30))
		}
		time.Sleep(time.Second)
	}
}

// routers are Traefik's HTTP routers, name -> rule, from its API.
func (tb *traefikBench) routers(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	resp, err := http.Get(tb.api + "/api/http/routers")
	if err != nil {
		return out
	}
	defer resp.Body.Close()
	var list []struct{ Name, Rule string }
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		t.Fatalf("Traefik's router list: %v", err)
	}
	for _, r := range list {
		out[r.Name] = r.Rule
	}
	return out
}

// get asks Traefik for https://host/path, with the person's login when user is set.
func (tb *traefikBench) get(t *testing.T, host, path, user, password string) (int, http.Header) {
	t.Helper()
	return tb.getAs(t, host, host, path, user, password)
}

// getAs is get with another Host header than the name TLS is asked for (SNI).
func (tb *traefikBench) getAs(t *testing.T, host, hostHeader, path, user, password string) (int, http.Header) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, "https://"+host+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = hostHeader
	if user != "" {
		req.SetBasicAuth(user, password)
	}
	resp, err := tb.client.Do(req)
	if err != nil {
		t.Fatalf("GET https://%s%s through Traefik: %v", host, path, err)
	}
	resp.Body.Close()
	return resp.StatusCode, resp.Header
}

// targetsThrough runs `opsmon targets` against host through Traefik, with the
// person's login from a file: it must get Prometheus's targets (on this bench
// the product's services are absent, so it lists them down and fails on that).
func (tb *traefikBench) targetsThrough(t *testing.T, s *standIn, host string) (string, bool) {
	t.Helper()
	login := filepath.Join(tb.dir, "login")
	if err := os.WriteFile(login, []byte(edgeUser+":"+edgePassword+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("scripts/opsmon.sh", "targets", "-url", "https://"+host, "-login-file", login,
		"-ca", filepath.Join(tb.dir, "edge-ca.crt"), "-connect-to", tb.entry, "-wait", "5s")
	cmd.Dir, cmd.Env = root, s.env()
	raw, err := cmd.CombinedOutput()
	out := string(raw)
	t.Logf("opsmon targets through Traefik:\n%s", tail(out, 20))
	up, down := 0, 0
	for _, line := range strings.Split(out, "\n") {
		switch f := strings.Fields(line); {
		case len(f) >= 3 && f[2] == "up":
			up++
		case len(f) >= 3 && f[2] != "HEALTH" && !strings.HasPrefix(line, "error"):
			down++
		}
	}
	listed := strings.Contains(out, "JOB") && up > 0
	if err == nil || (listed && strings.Contains(out, "targets not up after")) {
		return fmt.Sprintf("the table: %d up, %d down", up, down), listed
	}
	return "failed: " + tail(out, 2), false
}

// edgeRow is one thing tried at the edge, for docs/SECURITY.md.
type edgeRow struct{ who, attempt, want, got string }

// onCall is the person with the one login; every other row's "who" is refused.
const onCall = "on-call"

// throughTraefik: staging behind the product's Traefik. One login reaches each
// routed API; without it Traefik refuses; the person's login alone does not open
// the API (the API's own is what Traefik hands it); nothing else is routed; an
// unknown host name reaches nothing.
func (s *standIn) throughTraefik(t *testing.T) {
	tb := startTraefik(t, s)
	var rows []edgeRow
	attacks := 0
	add := func(who, attempt, want, got string, ok bool) {
		rows = append(rows, edgeRow{who, attempt, want, got})
		if who != onCall {
			attacks++ // every row but the on-call person's is someone refused
		}
		if !ok {
			t.Errorf("%s: %s: got %s, want %s", who, attempt, got, want)
		}
	}
	prom, am := "prometheus."+edgeDomain, "alertmanager."+edgeDomain
	code, h := tb.get(t, prom, "/api/v1/status/buildinfo", "", "")
	add("anyone", "Prometheus through Traefik, no login", "refused by Traefik", fmt.Sprintf("HTTP %d %s", code, h.Get("Www-Authenticate")),
		code == 401 && strings.Contains(h.Get("Www-Authenticate"), "traefik"))
	code, h = tb.get(t, am, "/api/v2/silences", edgeUser, "wrong-password")
	add("anyone", "Alertmanager through Traefik, a wrong password", "refused by Traefik", fmt.Sprintf("HTTP %d %s", code, h.Get("Www-Authenticate")),
		code == 401 && strings.Contains(h.Get("Www-Authenticate"), "traefik"))
	code, _ = tb.get(t, prom, "/api/v1/status/buildinfo", edgeUser, edgePassword)
	add(onCall, "Prometheus through Traefik with the one login", "HTTP 200", fmt.Sprintf("HTTP %d", code), code == 200)
	code, _ = tb.get(t, am, "/api/v2/status", edgeUser, edgePassword)
	add(onCall, "Alertmanager through Traefik with the one login", "HTTP 200", fmt.Sprintf("HTTP %d", code), code == 200)
	// Control: the person's login is not the API's; Traefik's middleware is what
	// hands the API its own. Straight from the edge network it is refused.
	got := fromNetwork(t, "opsmon-staging-edge", "GET", "http://"+edgeUser+":"+edgePassword+"@"+model.Alertmanager+":9093/api/v2/status", "")
	add("edge network, bypassing Traefik", "Alertmanager with the person's login", "refused by Alertmanager's own auth", got, got == "STATUS 401")
	// The guide's target check, through Traefik with the person's login.
	row, ok := tb.targetsThrough(t, s, prom)
	add(onCall, "opsmon targets through Traefik with the one login", "the targets table (staging's absent product services are down)", row, ok)
	// The guide's delivery check, through Traefik with the person's login.
	row, ok = tb.testAlertsThrough(t, s, am)
	add(onCall, "test-alerts.sh through Traefik with the one login (the medium severity, delivered to Slack, read from Alertmanager's counters)", "every check ok", row, ok)
	code, _ = tb.getAs(t, prom, "evil.example.com", "/api/v1/status/buildinfo", edgeUser, edgePassword)
	add("anyone", "a Host header no router names, with the login", "HTTP 404 or 421 (nothing routed)", fmt.Sprintf("HTTP %d", code), code == 404 || code == 421)
	// Only the routed UIs have routers; the rest say traefik.enable=false, which
	// this Traefik (exposing by default) would otherwise route.
	routers := tb.routers(t)
	ids, _ := exec.Command("docker", "ps", "--format", "{{.Names}}", "--filter", "label="+model.ContainerEnvironmentLabel+"=staging").Output()
	var routed, unrouted []string
	for _, name := range strings.Fields(string(ids)) {
		if _, ok := routers[name+"@docker"]; ok {
			routed = append(routed, name)
		} else {
			unrouted = append(unrouted, name)
		}
	}
	sort.Strings(routed)
	add("Traefik's docker provider", fmt.Sprintf("route staging's %d containers", len(routed)+len(unrouted)), "alertmanager, prometheus only",
		strings.Join(routed, ", "), strings.Join(routed, ",") == "alertmanager,prometheus")
	// Grafana's route, with a stand-in server: no Grafana runs here.
	row, ok = tb.grafanaRouteThrough(t)
	add(onCall, "Grafana's route through Traefik (a stand-in server with the labels the stack renders for Grafana; Grafana keeps its own login)", "HTTP 200 from the stand-in", row, ok)
	var b strings.Builder
	b.WriteString("<!-- edge-traefik:start -->\n## Through the product's Traefik (`make test`, `e2e/traefik_test.go`, staging on this machine's engine)\n\n")
	fmt.Fprintf(&b, "Traefik %s built from source (`make setup`), as the product's edge: its docker provider routes by the stack's labels (exposing by default), its file provider holds `ops-auth` (basic auth, `removeHeader: true`), a bench CA's certificate for `*.%s`, and what `opsmon traefik-config` wrote. %d tried, %d as wanted (written only when all are): %s.\n\n",
		traefikVersion(), edgeDomain, len(rows), len(rows), edgeAttackCount(attacks))
	b.WriteString("| who | tried | want | got |\n|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", r.who, r.attempt, r.want, strings.ReplaceAll(r.got, "|", "/"))
	}
	b.WriteString("<!-- edge-traefik:end -->")
	if !t.Failed() {
		if err := writeDocSection("SECURITY.md", "edge-traefik", b.String()); err != nil {
			t.Error(err)
		}
	}
	t.Log(b.String())
}

// traefikVersion is the pinned module's version (scripts/versions.sh).
func traefikVersion() string {
	raw, _ := os.ReadFile(filepath.Join(root, "scripts/versions.sh"))
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "TRAEFIK_MODULE="); ok {
			_, version, _ := strings.Cut(v, "@")
			return version
		}
	}
	return "(unpinned)"
}

// engineSocket is this machine's engine as Traefik's docker provider takes it.
func engineSocket() string {
	if h := os.Getenv("DOCKER_HOST"); strings.HasPrefix(h, "unix://") {
		return h
	}
	return "unix:///var/run/docker.sock"
}

// edgeCertificate writes a bench CA's certificate for *.edgeDomain (edge.crt,
// edge.key, and the CA's edge-ca.crt in dir) and returns a pool trusting that
// CA alone.
func edgeCertificate(t *testing.T, dir string) *x509.CertPool {
	t.Helper()
	ca, _, _ := writeServerTLS(t, dir, "edge", []string{"*." + edgeDomain}, nil)
	raw, err := os.ReadFile(ca)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(raw)
	return pool
}

// standInSink is a notification sink throughTraefik starts on staging's edge
// network, so the stand-in's Slack and Watchdog webhook deliveries succeed
// (newStandInState points them at it); email and PagerDuty stay unreachable.
const standInSink = "opsmon-standin-sink"

// testAlertsThrough runs the rendered test-alerts.sh against Alertmanager's host
// name through Traefik with the person's login, as an operator's machine would:
// curl's own config file resolves the name to the bench's entrypoint and trusts
// the bench CA, the script is unchanged. Without a sink URL the script reads the
// deliveries from Alertmanager's counters and API, the production way. Only the
// medium severity is sent: the others page by email or PagerDuty, which this
// machine cannot reach, and the Watchdog's test alert would join the firing
// Watchdog's group, notified again only after staging's 5-minute group interval
// (render/amconfig TestTestAlertsWaitsForTheFiringGroupsInterval shows the wait).
func (tb *traefikBench) testAlertsThrough(t *testing.T, s *standIn, host string) (string, bool) {
	t.Helper()
	exec.Command("docker", "rm", "-f", standInSink).Run()
	mustDocker(t, "run", "-d", "--name", standInSink, "--network", "opsmon-staging-edge", "--read-only",
		"--label", "traefik.enable=false", "opsmon-local/notification-sink:latest")
	t.Cleanup(func() { exec.Command("docker", "rm", "-f", standInSink).Run() })
	curlHome := t.TempDir()
	_, port, _ := net.SplitHostPort(tb.entry)
	rc := fmt.Sprintf("connect-to = %s:443:127.0.0.1:%s\ncacert = %s\n", host, port, filepath.Join(tb.dir, "edge-ca.crt"))
	if err := os.WriteFile(filepath.Join(curlHome, ".curlrc"), []byte(rc), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "monitoring/alerting/test-alerts.sh")
	cmd.Dir = root
	cmd.Env = append(s.env(), "CURL_HOME="+curlHome, "AM_URL=https://"+host, "AM_AUTH="+edgeUser+":"+edgePassword,
		"SINK_URL=", "ENV_NAME=staging", "SEVERITIES=medium")
	raw, err := cmd.CombinedOutput()
	out := string(raw)
	t.Logf("test-alerts.sh through Traefik:\n%s", tail(out, 30))
	if err != nil {
		return "failed: " + tail(out, 2), false
	}
	ok := 0
	for _, line := range strings.Split(out, "\n") {
		if strings.HasSuffix(strings.TrimSpace(line), " ok") {
			ok++
		}
	}
	return fmt.Sprintf("%d checks ok, none missed", ok), strings.Contains(out, "all deliveries, groupings and inhibitions as expected")
}

// grafanaRouteThrough runs a stand-in for staging's Grafana (no Grafana image can
// be had here): the notification sink, answering /healthz on Grafana's port, with
// the labels the host plan renders for Grafana with upstream images (the
// environment label left out: it is no container of the stack), on the edge
// network. Through Traefik, Grafana's host name reaches it, over TLS and with no
// login of Traefik's: Grafana keeps its own.
func (tb *traefikBench) grafanaRouteThrough(t *testing.T) (string, bool) {
	t.Helper()
	// Staging's file as the repository has it: the stand-in changes nothing of
	// its Traefik section.
	plan := plantest.BuildWith(t, "staging", func(e *model.Environment) { e.Images = "upstream" })
	env := plan.Env
	var grafana *hostplan.Container
	for i := range plan.Containers {
		if plan.Containers[i].Name == model.Grafana {
			grafana = &plan.Containers[i]
		}
	}
	if grafana == nil {
		t.Fatal("staging's host plan with upstream images has no Grafana")
	}
	const name = "opsmon-standin-grafana"
	args := []string{"run", "-d", "--name", name, "--network", env.Traefik.Network, "--read-only", "-e", "SINK_HTTP_ADDR=:3000"}
	var labels []string
	for k, v := range grafana.Labels {
		if k != model.ContainerEnvironmentLabel {
			labels = append(labels, "--label", k+"="+v)
		}
	}
	exec.Command("docker", "rm", "-f", name).Run()
	mustDocker(t, append(append(args, labels...), "opsmon-local/notification-sink:latest")...)
	t.Cleanup(func() { exec.Command("docker", "rm", "-f", name).Run() })
	host := strings.TrimSuffix(strings.TrimPrefix(grafana.Labels["traefik.http.routers."+model.Grafana+".rule"], "Host(`"), "`)")
	var code int
	for i := 0; i < 30; i++ { // until Traefik's docker provider has seen it
		if code, _ = tb.get(t, host, "/healthz", "", ""); code == 200 {
			break
		}
		time.Sleep(time.Second)
	}
	return fmt.Sprintf("HTTP %d from https://%s/healthz", code, host), code == 200
}
