package checks

import (
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/hostplan/plantest"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/runbook"
)

// productionFacts renders production exactly as a deploy does and reads what its
// containers offer a runbook.
func productionFacts(t *testing.T) (hostFacts, map[string][]byte) {
	t.Helper()
	p := plantest.Build(t, "production")
	targets, err := makeTargets("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	facts := factsOf(p.Env, p.Plan, targets)
	// Thanos runs in production once ha.thanos names its bucket: the commands of
	// its runbooks are checked against that plan's containers.
	withThanos := plantest.BuildWith(t, "production", func(e *model.Environment) {
		e.HA = model.HA{PrometheusReplicas: 2, Thanos: &model.Thanos{Bucket: "opsmon-metrics", Endpoint: "s3.example.com"}}
	})
	for name, cf := range factsOf(withThanos.Env, withThanos.Plan, targets).containers {
		if _, ok := facts.containers[name]; !ok && model.IsThanos(name) {
			facts.containers[name] = cf
		}
	}
	return facts, p.Files
}

// Every command of docs/ALERT_RUNBOOK.md works where production pages: the
// containers exist, the tools are in their images, the ports and paths are theirs.
func TestRunbookCommandsWorkOnProduction(t *testing.T) {
	facts, files := productionFacts(t)
	cmds := runbookCommands(string(files[runbook.Path]))
	if len(cmds) < 50 {
		t.Fatalf("found only %d runbook commands; is the runbook's list format still parsed?", len(cmds))
	}
	for _, c := range cmds {
		if msg := facts.check(c[1]); msg != "" {
			t.Errorf("%s: `%s`: %s", c[0], c[1], msg)
		}
	}
	t.Logf("%d runbook commands checked against the production render", len(cmds))
}

// The checker refuses what would fail on production, naming why.
func TestRunbookCheckerRefusesWhatFailsOnProduction(t *testing.T) {
	facts, _ := productionFacts(t)
	cases := map[string]string{
		"curl -s http://127.0.0.1:9090/api/v1/targets | jq .":                  "http://127.0.0.1:9090/api/v1/targets is not reachable from the host here (no published port or Traefik route); use docker exec",
		"docker exec prometheus curl -s http://localhost:9090/-/healthy":       "prometheus: its image has no curl (it has wget, sh, ls, cat, grep, df, du, promtool, prometheus)",
		"docker exec uchub-keycloak date -u":                                   "uchub-keycloak: its image has no date (it has )",
		"docker logs unicorn-grafana --tail 10":                                "container unicorn-grafana does not exist in this environment",
		"docker exec prometheus wget -qO- http://localhost:9093/metrics":       "prometheus: http://localhost:9093/metrics: prometheus serves on [9090], not 9093",
		"docker exec prometheus promtool check config /etc/prometheus/x.yml":   "prometheus: path /etc/prometheus/x.yml is neither a rendered file nor under a mount (",
		"docker exec blackbox-exporter wget -qO- http://uchub-keycloak:8443/x": "blackbox-exporter: http://uchub-keycloak:8443/x: uchub-keycloak serves on [8080 9000], not 8443",
		"make cdktf-deploy": "make cdktf-deploy: no such Makefile target",
		"docker exec prometheus promtool query instant http://localhost:9090 up":                                                   "prometheus: http://localhost:9090: prometheus answers only with basic auth; use promtool or amtool with --http.config.file (/etc/prometheus/http-client.yml in prometheus)",
		"docker exec alertmanager amtool --alertmanager.url=http://localhost:9093 alert query":                                     "alertmanager: http://localhost:9093: alertmanager answers only with basic auth",
		"docker exec prometheus wget -qO- http://localhost:9090/api/v1/targets":                                                    "prometheus: http://localhost:9090/api/v1/targets: prometheus answers only with basic auth",
		"docker exec prometheus promtool query instant --http.config.file=/etc/prometheus/prometheus.yml http://localhost:9090 up": "prometheus: http://localhost:9090: promtool reads /etc/prometheus/prometheus.yml, not the client config of prometheus (/etc/prometheus/http-client.yml)",
		`docker exec prometheus sh -c 'wget -qO- "http://opsmon:$(cat /run/secrets/nope)@localhost:9090/api/v1/rules"'`:            "prometheus: http://opsmon:nope@localhost:9090/api/v1/rules: log in as opsmon with the prometheus_web_password file, not opsmon:nope",
		`docker exec prometheus sh -c 'wget -qO- "http://opsmon:$(cat /etc/nowhere/pw)@localhost:9090/api/v1/rules"'`:              "prometheus: $(cat /etc/nowhere/pw): no such file in the container",
		`docker exec prometheus sh -c 'curl -s "http://localhost:9090/-/healthy"'`:                                                 "prometheus: its image has no curl",
		"cdktf deploy": "cdktf is neither a host command",
	}
	for cmd, want := range cases {
		got := facts.check(cmd)
		if len(got) < len(want) || got[:len(want)] != want {
			t.Errorf("`%s`:\n got %q\nwant %q", cmd, got, want)
		}
	}
	for _, ok := range []string{
		"docker exec prometheus promtool query instant --http.config.file=/etc/prometheus/http-client.yml http://localhost:9090 'up{job=\"node\"} == 0'",
		"docker kill -s HUP alertmanager",
		"docker exec alertmanager amtool --http.config.file=/etc/alertmanager/amtool-http.yml --alertmanager.url=http://localhost:9093 alert query",
		`docker exec prometheus sh -c 'wget -qO- "http://opsmon:$(cat /run/secrets/prometheus_web_password)@localhost:9090/api/v1/rules"' | jq .`,
		"docker exec prometheus wget -qO- http://blackbox-exporter:9115/metrics",
		"curl -su \"$AUTH\" https://prometheus.magicunicorn.tech/api/v1/targets | jq .",
	} {
		if msg := facts.check(ok); msg != "" {
			t.Errorf("`%s` refused: %s", ok, msg)
		}
	}
}
