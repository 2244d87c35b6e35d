//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// edgeHost is the HA bench's second host, a second engine on this machine.
const edgeHost = "edge"

// secondHostScraped: each Prometheus replica has the second host's node-exporter
// up, its series labelled host="edge", and the dashboards' host variable
// (label_values of node_uname_info) lists both hosts.
func secondHostScraped(t *testing.T, env model.Environment) {
	for _, replica := range env.Replicas(model.Prometheus) {
		eventually(t, 2*time.Minute, 3*time.Second, replica+" scrapes "+edgeHost, func() string {
			got := promtoolIn(replica, `up{job="node",host="`+edgeHost+`"} == 1`)
			if !strings.Contains(got, "=>") {
				return got
			}
			return ""
		})
	}
	var body struct {
		Data []string `json:"data"`
	}
	if err := getJSON(promURL+"/api/v1/label/"+model.HostLabel+"/values?match[]=node_uname_info", &body); err != nil {
		t.Fatal(err)
	}
	sort.Strings(body.Data)
	if want := []string{edgeHost, model.PrimaryHost}; strings.Join(body.Data, ",") != strings.Join(want, ",") {
		t.Errorf("the dashboards' host variable lists %v, want %v", body.Data, want)
	}
	res, err := query(`count by (host) (node_uname_info{host="` + edgeHost + `"})`)
	if err != nil || len(res) != 1 {
		t.Errorf("node_uname_info of %s: %v %v", edgeHost, res, err)
	}
}

// agentRefusesOutsiders: the second host's node-exporter listens on the host's
// address alone (nothing on its 127.0.0.1), asks for the password (401 without
// it, or with a wrong one), and its engine holds no secret but its own.
func agentRefusesOutsiders(t *testing.T, env model.Environment, e *engine) {
	url := fmt.Sprintf("http://%s:9100/metrics", e.gateway)
	for name, user := range map[string]*[2]string{"no password": nil, "a wrong password": {model.WebAuthUser, "not-the-password"}} {
		req, _ := http.NewRequest(http.MethodGet, url, nil)
		if user != nil {
			req.SetBasicAuth(user[0], user[1])
		}
		resp, err := anonymous.Do(req)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s with %s: %s, want 401", url, name, resp.Status)
		}
	}
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.SetBasicAuth(model.WebAuthUser, localSecrets()[model.SecretNodeExporterWeb])
	resp, err := anonymous.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("%s with the password: %s, want 200", url, resp.Status)
	}
	if c, err := net.DialTimeout("tcp", "127.0.0.1:9100", 2*time.Second); err == nil {
		c.Close()
		t.Errorf("something answers on 127.0.0.1:9100; the agent must listen on %s only", e.gateway)
	}
	out, err := e.docker(context.Background(), "volume", "ls", "-q")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Fields(out), []string{env.VolumeName("secrets-" + model.NodeExporter)}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("volumes on the second host: %v, want only %v (no receiver secret leaves the own host)", got, want)
	}
}

// clear removes what a failed destroy may have left of the stack on this engine
// (a network's bridge would outlive the engine on the machine).
func (e *engine) clear(t *testing.T, env model.Environment) {
	ctx := context.Background()
	for _, c := range env.AgentContainers() {
		_, _ = e.docker(ctx, "rm", "-f", c.Name)
	}
	if out, err := e.docker(ctx, "network", "rm", env.MonitoringNetwork()); err != nil && !strings.Contains(out, "not found") {
		t.Logf("second engine: network rm %s: %v %s", env.MonitoringNetwork(), err, out)
	}
}

// TestDeadHostBlocksOnlyItsStack: with a further host whose engine does not
// answer, a plan of every stack stops before anything runs, naming that host and
// how to go on without it; a diff of the own host's stack alone still runs.
func TestDeadHostBlocksOnlyItsStack(t *testing.T) {
	uses(t, machineEngine)
	gone := "unix:///tmp/opsmon-no-such-engine/docker.sock"
	dir := envtest.DirWith(t, filepath.Join(root, "environments"), "local", func(s string) string {
		return s + "hosts:\n  - name: gone\n    docker: {host: \"" + gone + "\"}\n    address: 10.214.251.1\n"
	})
	envVars := []string{"OPSMON_ENV_DIR=" + dir}
	out, err := runOut(envVars, "scripts/plan.sh", "local")
	if err == nil {
		t.Fatalf("a plan with host gone's engine down succeeded:\n%s", tail(out, 20))
	}
	for _, want := range []string{"cannot reach the Docker engine at " + gone, "scripts/stack.sh diff local local-host", "Nothing was applied."} {
		if !strings.Contains(out, want) {
			t.Errorf("the refusal lacks %q:\n%s", want, tail(out, 10))
		}
	}
	out = run(t, envVars, "scripts/stack.sh", "diff", "local", model.HostStack("local"))
	if !strings.Contains(out, "== cdktf diff "+model.HostStack("local")) {
		t.Errorf("the own host's diff did not run:\n%s", tail(out, 20))
	}
}
