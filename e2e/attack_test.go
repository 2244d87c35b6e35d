//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"maps"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// attack is one thing an outsider tries against the running local stack; try says
// whether it was refused, and how.
type attack struct {
	who, what string
	try       func(t *testing.T) (refused bool, how string)
}

// attacksRefused tries every attack against the running local stack, from the host
// (127.0.0.1) or from containers it starts itself, and prints one table. Controls
// first show each vantage point does reach what it may, so a refusal means the
// defence, not a broken probe.
func attacksRefused(t *testing.T) {
	env, err := model.LoadEnvironment(filepath.Join(root, "environments"), "local")
	if err != nil {
		t.Fatal(err)
	}
	product, monitoring := env.Networks.Names[0], env.MonitoringNetwork()
	controls := map[string]string{
		"from the monitoring network, Alertmanager answers the operator": fromNetwork(t, monitoring, "GET", withAuth("http://"+model.Alertmanager+":9093/api/v2/silences"), ""),
		"from the product network, Prometheus answers the operator":      fromNetwork(t, product, "GET", withAuth("http://"+model.Prometheus+":9090/api/v1/query?query=up"), ""),
	}
	// node-exporter listens in the host's network, on an address every container
	// of this host can route to: its password is what refuses them.
	nodeURL := fmt.Sprintf("http://%s:%d/metrics", env.HostListenAddress(), 9100)
	controls["from the product network, node-exporter (in the host's network) answers its password"] = fromNetwork(t, product, "GET",
		strings.Replace(nodeURL, "://", "://"+model.WebAuthUser+":"+localSecrets()[model.SecretNodeExporterWeb]+"@", 1), "")
	proxyVolume := env.VolumeName("docker-proxy-socket")
	controls["through the Docker proxy's socket, a container list"] = throughProxySocket(t, proxyVolume, "GET", "/containers/json")
	for what, out := range controls {
		if !strings.Contains(out, "STATUS 200") {
			t.Fatalf("control %q failed (%s): the attacks below would prove nothing", what, out)
		}
	}
	var attacks []attack
	attacks = append(attacks, lifecycleAttacks(product)...)
	attacks = append(attacks, attack{"product container", "GET " + nodeURL + " (node-exporter, in the host's network), no credentials", func(t *testing.T) (bool, string) {
		out := fromNetwork(t, product, "GET", nodeURL, "")
		return out == "STATUS 401", out
	}})
	attacks = append(attacks, authAttacks(monitoring)...)
	attacks = append(attacks, proxyAttacks(t)...)
	attacks = append(attacks, serviceDiscoveryAttacks(proxyVolume)...)
	attacks = append(attacks, blackboxAttacks(monitoring)...)
	attacks = append(attacks, filesystemAttacks(t)...)
	attacks = append(attacks, hostMountAttack(t), forkLoopAttack())
	attacks = append(attacks, badInputAttacks(t)...)
	attacks = append(attacks, secretsFileAttack(), secretsFileSteering())
	refused := 0
	var rows strings.Builder
	for _, a := range attacks {
		ok, how := a.try(t)
		mark := "refused"
		if ok {
			refused++
		} else {
			mark = "**NOT REFUSED**"
			t.Errorf("%s: %s was not refused: %s", a.who, a.what, how)
		}
		// Paths as the repository names them, so the table reads the same on any machine.
		how = strings.ReplaceAll(strings.ReplaceAll(how, root+"/", ""), os.TempDir()+"/", "$TMPDIR/")
		fmt.Fprintf(&rows, "| %s | %s | %s | %s |\n", a.who, a.what, mark, strings.ReplaceAll(how, "|", `\|`))
	}
	if code, err := requestWith(&client, "GET", promURL+"/-/healthy"); err != nil || code != http.StatusOK {
		t.Errorf("Prometheus is not healthy after the attacks: HTTP %d, %v", code, err)
	}
	summary := fmt.Sprintf("%d attacks tried, %d refused", len(attacks), refused)
	t.Logf("%s\n%s", summary, rows.String())
	section := "<!-- attack-suite:start -->\n## Attack suite (`make test`, `e2e/attack_test.go`, against the running local stack)\n\n" +
		time.Now().UTC().Format("2006-01-02") + ": **" + summary + "**.\n\n" +
		"| from | attack | result | how |\n|---|---|---|---|\n" + rows.String() + "<!-- attack-suite:end -->"
	if err := writeDocSection("SECURITY.md", "attack-suite", section); err != nil {
		t.Error(err)
	}
}

// lifecycleAttacks: stopping or reloading Prometheus, its admin API, and silencing
// every page, from the host and from a product container.
func lifecycleAttacks(product string) []attack {
	host := func(method, path string) func(t *testing.T) (bool, string) {
		return func(t *testing.T) (bool, string) {
			code, err := request(method, promURL+path)
			if err != nil {
				return true, err.Error()
			}
			return code < 200 || code > 299, fmt.Sprintf("HTTP %d", code)
		}
	}
	// Refused by its cause: the API's login (401, 403), or a name that does not
	// resolve on that network; a probe that failed otherwise (the throwaway
	// container did not run, a timeout) proves nothing and counts as not refused.
	container := func(network, method, url, body string) func(t *testing.T) (bool, string) {
		return func(t *testing.T) (bool, string) {
			out := fromNetwork(t, network, method, url, body)
			return out == "STATUS 401" || out == "STATUS 403" || strings.Contains(out, "Name or service not known"), out
		}
	}
	silence := `{"matchers":[{"name":"alertname","value":".+","isRegex":true,"isEqual":true}],"startsAt":"2026-01-01T00:00:00Z","endsAt":"2099-01-01T00:00:00Z","createdBy":"intruder","comment":"mute every page"}`
	return []attack{
		{"host (127.0.0.1)", "POST /-/quit on Prometheus", host("POST", "/-/quit")},
		{"host (127.0.0.1)", "POST /-/reload on Prometheus", host("POST", "/-/reload")},
		{"host (127.0.0.1)", "POST /api/v1/admin/tsdb/delete_series (match[]=up)", host("POST", "/api/v1/admin/tsdb/delete_series?match[]=up")},
		{"product container", "POST http://prometheus:9090/-/quit", container(product, "POST", "http://"+model.Prometheus+":9090/-/quit", "")},
		{"product container", `a silence on alertname=~".+" at http://alertmanager:9093`, container(product, "POST", "http://"+model.Alertmanager+":9093/api/v2/silences", silence)},
	}
}

// authAttacks: Prometheus's and Alertmanager's APIs without the password, or with a
// wrong one, from the host and from a container on the monitoring network (where a
// compromised exporter would be); each must answer 401.
func authAttacks(monitoring string) []attack {
	unauthorized := func(code int, err error) (bool, string) {
		if err != nil {
			return false, err.Error()
		}
		return code == http.StatusUnauthorized, fmt.Sprintf("HTTP %d", code)
	}
	host := func(method, url string) func(t *testing.T) (bool, string) {
		return func(t *testing.T) (bool, string) { return unauthorized(request(method, url)) }
	}
	container := func(method, url, body string) func(t *testing.T) (bool, string) {
		return func(t *testing.T) (bool, string) {
			out := fromNetwork(t, monitoring, method, url, body)
			return strings.Contains(out, "STATUS 401"), out
		}
	}
	silence := `{"matchers":[{"name":"alertname","value":".+","isRegex":true,"isEqual":true}],"startsAt":"2026-01-01T00:00:00Z","endsAt":"2099-01-01T00:00:00Z","createdBy":"intruder","comment":"mute every page"}`
	wrong := strings.Replace(amURL, "://", "://"+model.WebAuthUser+":not-the-password@", 1)
	return []attack{
		{"host (127.0.0.1)", "GET /api/v1/query?query=up on Prometheus without credentials", host("GET", promURL+"/api/v1/query?query=up")},
		{"host (127.0.0.1)", "GET /api/v2/silences on Alertmanager without credentials", host("GET", amURL+"/api/v2/silences")},
		{"host (127.0.0.1)", "GET /api/v2/alerts on Alertmanager with a wrong password", host("GET", wrong+"/api/v2/alerts")},
		{"monitoring-network container", `a silence on alertname=~".+" at http://alertmanager:9093, no credentials`, container("POST", "http://"+model.Alertmanager+":9093/api/v2/silences", silence)},
		{"monitoring-network container", "POST http://prometheus:9090/-/quit, no credentials", container("POST", "http://"+model.Prometheus+":9090/-/quit", "")},
	}
}

// proxyAttacks: Docker API writes through the read-only proxy (render/dockerproxy)
// put in front of this engine, as the plan key reaches production's.
func proxyAttacks(t *testing.T) []attack {
	// A short folder: a unix socket path has at most 107 bytes, and a test's temp
	// folder inside a clone's .cache can be longer.
	dir, err := os.MkdirTemp("/tmp", "opsmon-attack-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	sock := filepath.Join(dir, "docker.sock")
	if err := os.Symlink("/var/run/docker.sock", sock); err != nil {
		t.Fatal(err)
	}
	p := startProxy(t, sock, "local")
	write := func(request string, args ...string) func(t *testing.T) (bool, string) {
		return func(t *testing.T) (bool, string) {
			out, err := dockerAt(context.Background(), p.sock, args...)
			if err == nil {
				return false, "the engine did it: " + tail(out, 2)
			}
			// The proxy's log line may reach its pipe after the client has its answer.
			for i := 0; i < 20 && !refusedInLog(p.log(), request); i++ {
				time.Sleep(250 * time.Millisecond)
			}
			if !refusedInLog(p.log(), request) {
				return false, "failed, but not by the proxy's 403: " + tail(out, 2)
			}
			return true, "HTTP 403 from the proxy (" + request + ")"
		}
	}
	t.Cleanup(func() {
		_ = exec.Command("docker", "rm", "-f", "opsmon-attack-intruder").Run()
		_ = exec.Command("docker", "network", "rm", "opsmon-attack-net").Run()
		_ = exec.Command("docker", "volume", "rm", "opsmon-attack-vol").Run()
	})
	image := model.OpsCenterDemo
	if c, ok := model.StandInByName(model.OpsCenterDemo); ok {
		image = c.Local
	}
	const who = "plan key (read-only Docker proxy)"
	return []attack{
		{who, "docker run", write("POST /containers/create", "run", "-d", "--network", "none", "--name", "opsmon-attack-intruder", image)},
		{who, "docker exec prometheus", write("POST /containers/[^/]+/exec", "exec", model.Prometheus, "true")},
		{who, "docker network create", write("POST /networks/create", "network", "create", "opsmon-attack-net")},
		{who, "docker volume create", write("POST /volumes/create", "volume", "create", "opsmon-attack-vol")},
	}
}

// serviceDiscoveryAttacks: what Prometheus (or whoever takes it over) can do to the
// engine: only reads, through the proxy's socket; it holds no engine socket.
func serviceDiscoveryAttacks(proxyVolume string) []attack {
	const who = "Prometheus's view of Docker (the proxy's socket)"
	write := func(method, path string) func(t *testing.T) (bool, string) {
		return func(t *testing.T) (bool, string) {
			// The proxy's 403 only: the engine itself would also refuse an empty
			// create (400) or an in-use volume (409), which proves nothing.
			out := throughProxySocket(t, proxyVolume, method, path)
			return out == "STATUS 403", out
		}
	}
	return []attack{
		{who, "POST /containers/create", write("POST", "/containers/create")},
		{who, "POST /containers/prometheus/kill", write("POST", "/containers/"+model.Prometheus+"/kill")},
		{who, "DELETE /volumes/" + proxyVolume, write("DELETE", "/volumes/"+proxyVolume)},
		// An inspect holds the container's environment: the product's PostgreSQL
		// stand-in's holds its password. Discovery needs only the list.
		{who, "GET /containers/" + model.LocalPostgreSQL + "/json (the product database's environment)", write("GET", "/containers/"+model.LocalPostgreSQL+"/json")},
		{"prometheus container", "a container create through any socket in its filesystem", socketsRefuseWrites(model.Prometheus)},
	}
}

// socketsRefuseWrites: every unix socket in the container's filesystem (seen
// from the host through /proc/<pid>/root) is asked to create a container (an
// empty create, which the engine itself would answer 400 to, creating nothing);
// each must answer the proxy's 403. The control: the engine's own socket on this
// machine answers that create with its 400.
func socketsRefuseWrites(container string) func(t *testing.T) (bool, string) {
	return func(t *testing.T) (bool, string) {
		create := func(sock string) string {
			c := http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
				DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
					return (&net.Dialer{}).DialContext(ctx, "unix", sock)
				}}}
			resp, err := c.Post("http://docker/v1.41/containers/create", "application/json", strings.NewReader("{}"))
			if err != nil {
				return "no answer"
			}
			resp.Body.Close()
			return fmt.Sprintf("HTTP %d", resp.StatusCode)
		}
		if got := create("/var/run/docker.sock"); got != "HTTP 400" {
			return false, "control: the engine's socket answered the empty create with " + got + ", not its 400"
		}
		pid, err := exec.Command("docker", "inspect", "-f", "{{.State.Pid}}", container).Output()
		if err != nil {
			return false, err.Error()
		}
		root := "/proc/" + strings.TrimSpace(string(pid)) + "/root"
		var seen []string
		err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && (p == root+"/proc" || p == root+"/sys" || p == root+"/dev") {
				return filepath.SkipDir
			}
			if d.Type()&os.ModeSocket != 0 {
				seen = append(seen, strings.TrimPrefix(p, root)+": "+create(p))
			}
			return nil
		})
		if err != nil {
			return false, err.Error()
		}
		for _, s := range seen {
			if !strings.HasSuffix(s, ": HTTP 403") {
				return false, strings.Join(seen, "; ")
			}
		}
		return true, fmt.Sprintf("%d socket(s): %s (the engine's own answers 400: the control)", len(seen), strings.Join(seen, "; "))
	}
}

// throughProxySocket sends one request to the Docker proxy's socket from a
// throwaway container that mounts its volume read-only as Prometheus does, as
// Prometheus's user: "STATUS n" or "UNREACHABLE reason".
func throughProxySocket(t *testing.T, volume, method, path string) string {
	t.Helper()
	const probe = `import socket, sys
s = socket.socket(socket.AF_UNIX)
s.settimeout(5)
try:
    s.connect(sys.argv[1])
    body = "{}" if sys.argv[2] == "POST" else ""
    s.sendall(("%s %s HTTP/1.0\r\nHost: docker\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (sys.argv[2], sys.argv[3], len(body), body)).encode())
    print("STATUS", s.recv(64).decode().split()[1])
except Exception as e:
    print("UNREACHABLE", e)`
	return inThrowaway(t, []string{"--network", "none", "--user", "65534:65534", "-v", volume + ":" + model.DockerProxySocketDir + ":ro"},
		probe, model.DockerProxySocket, method, path)
}

// filesystemAttacks: a running container's rendered config and its root
// filesystem are read-only (hostplan.ConfigVolume), so whoever takes over its
// process cannot rewrite its rules, receivers or probes, nor plant a binary. The
// engine's own copy API is the writer here: it refuses for the same reason a
// process inside would. The control reads the same file back first.
func filesystemAttacks(t *testing.T) []attack {
	var out []attack
	for _, c := range []struct{ name, file string }{
		{model.Prometheus, "/etc/prometheus/prometheus.yml"},
		{model.Alertmanager, "/etc/alertmanager/alertmanager.yml"},
		{model.BlackboxExporter, "/etc/blackbox_exporter/blackbox.yml"},
	} {
		if got, err := runOut(nil, "docker", "cp", c.name+":"+c.file, "-"); err != nil || !strings.Contains(got, path.Base(c.file)) {
			t.Fatalf("control: docker cp %s:%s - failed: %v %s", c.name, c.file, err, tail(got, 3))
		}
		for _, dst := range []string{path.Dir(c.file), "/bin"} {
			what := "write over its config in " + dst
			if dst == "/bin" {
				what = "plant a binary in its root filesystem (/bin)"
			}
			out = append(out, attack{c.name + " container, as the engine (docker cp)", what, func(t *testing.T) (bool, string) {
				src := filepath.Join(t.TempDir(), path.Base(c.file))
				if err := os.WriteFile(src, []byte("intruder\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				got, err := runOut(nil, "docker", "cp", src, c.name+":"+dst+"/")
				return err != nil && strings.Contains(got, "read-only"), tail(strings.TrimSpace(got), 1)
			}})
		}
	}
	return out
}

// hostMountAttack: node-exporter mounts the host's / at /host, the host's /proc
// included. Through /host/proc/<pid>/root a process reads the files of any
// process the kernel lets it trace: one of its own uid. A throwaway container with
// node-exporter's user, mount and dropped capabilities tries to read Prometheus's
// web password there. The control: the same probe as Prometheus's user reads it.
func hostMountAttack(t *testing.T) attack {
	inspect := func(format, name string) string {
		out, err := exec.Command("docker", "inspect", "-f", format, name).Output()
		if err != nil {
			t.Fatalf("docker inspect %s: %v", name, err)
		}
		return strings.TrimSpace(string(out))
	}
	pid := inspect("{{.State.Pid}}", model.Prometheus)
	file := "/host/proc/" + pid + "/root" + model.PrometheusAuth.PasswordFile()
	const probe = `import sys
try:
    print("READ", len(open(sys.argv[1]).read()), "bytes")
except OSError as e:
    print(type(e).__name__, e.strerror)`
	as := func(user string) string {
		return inThrowaway(t, []string{"--network", "none", "--user", user, "--cap-drop", "ALL", "-v", "/:/host:ro"}, probe, file)
	}
	if got := as(inspect("{{.Config.User}}", model.Prometheus)); !strings.HasPrefix(got, "READ ") {
		t.Fatalf("control: as Prometheus's user, %s: %s; the attack below would prove nothing", file, got)
	}
	node := inspect("{{.Config.User}}", model.NodeExporter)
	return attack{"node-exporter's user and host mount", "read Prometheus's web password through /host/proc/<pid>/root", func(t *testing.T) (bool, string) {
		got := as(node)
		return got == "PermissionError Permission denied", "as " + node + ": " + got
	}}
}

// forkLoopAttack: a fork loop in any monitoring container that runs as a user
// stops at hostplan.NprocLimit tasks of that user, the kernel's RLIMIT_NPROC,
// read from the live main process of each (/proc/<pid>/limits): the docker
// provider has no pids limit, the stack sets ulimit nproc instead.
func forkLoopAttack() attack {
	return attack{"a process in a monitoring container", "a fork loop, to exhaust the host's process ids", func(t *testing.T) (bool, string) {
		ids, err := exec.Command("docker", "ps", "-q", "--filter", "label="+model.ContainerEnvironmentLabel+"=local").Output()
		if err != nil || len(strings.Fields(string(ids))) == 0 {
			return false, fmt.Sprintf("no running container of the stack: %v", err)
		}
		want := fmt.Sprintf("%d", hostplan.NprocLimit)
		capped, roots := 0, 0
		for _, id := range strings.Fields(string(ids)) {
			out, err := exec.Command("docker", "inspect", "-f", "{{.State.Pid}} {{.Name}} {{.Config.User}}", id).Output()
			f := strings.Fields(string(out))
			if err != nil || len(f) < 2 {
				return false, fmt.Sprintf("docker inspect %s: %v", id, err)
			}
			if uid, _, _ := strings.Cut(strings.Join(f[2:], ""), ":"); uid == "" || uid == "0" || uid == "root" {
				roots++ // root gets no nproc: every root process of the host counts
				continue
			}
			limits, err := os.ReadFile("/proc/" + f[0] + "/limits")
			if err != nil {
				return false, err.Error()
			}
			var line string
			for _, l := range strings.Split(string(limits), "\n") {
				if strings.HasPrefix(l, "Max processes") {
					line = l
				}
			}
			// At most the stack's limit: a process may lower its own (HAProxy sets
			// 0, as it never forks), never raise it.
			g := strings.Fields(line)
			if len(g) < 4 {
				return false, fmt.Sprintf("%s: %q", f[1], line)
			}
			soft, errS := strconv.Atoi(g[2])
			hard, errH := strconv.Atoi(g[3])
			if errS != nil || errH != nil || soft > hostplan.NprocLimit || hard > hostplan.NprocLimit {
				return false, fmt.Sprintf("%s: %q", f[1], line)
			}
			capped++
		}
		return true, fmt.Sprintf("capped at %s tasks of its user or fewer in each of %d containers (Max processes in /proc/<pid>/limits; %d run as root, uncapped)", want, capped, roots)
	}}
}

// blackboxAttacks: blackbox-exporter probes any URL it is given; nothing outside
// the stack's networks may ask it to.
func blackboxAttacks(monitoring string) []attack {
	return []attack{
		{"host (127.0.0.1)", "GET :9115/probe?target=… (blackbox as a proxy)", func(t *testing.T) (bool, string) {
			code, err := request("GET", "http://127.0.0.1:9115/probe?module=http_2xx&target=http://127.0.0.1:9090")
			if err != nil {
				return true, "port not published: " + err.Error()
			}
			return false, fmt.Sprintf("HTTP %d", code)
		}},
		// By its address, not its name: the default bridge resolves no name at
		// all, which would refuse any name. The control: the same address answers
		// from the monitoring network.
		{"container on Docker's default bridge", "GET http://<blackbox-exporter's address>:9115/probe?target=…", func(t *testing.T) (bool, string) {
			addr, err := exec.Command("docker", "inspect", "-f", `{{(index .NetworkSettings.Networks "`+monitoring+`").IPAddress}}`, model.BlackboxExporter).Output()
			if err != nil || strings.TrimSpace(string(addr)) == "" {
				return false, fmt.Sprintf("no address on %s: %v", monitoring, err)
			}
			url := "http://" + strings.TrimSpace(string(addr)) + ":9115/probe?module=http_2xx&target=http://" + model.Alertmanager + ":9093"
			if control := fromNetwork(t, monitoring, "GET", url, ""); control != "STATUS 200" {
				return false, "control from " + monitoring + ": " + control + "; the refusal would prove nothing"
			}
			out := fromNetwork(t, "bridge", "GET", url, "")
			return strings.Contains(out, "timed out"), out + " (from " + monitoring + ": STATUS 200)"
		}},
		// Whether a real Traefik routes it is tried at the edge (traefik_test.go):
		// of staging's containers, only the UIs are routed.
	}
}

// badInputAttacks: each strict-input fixture, deployed, is refused with the
// model's message before anything runs, and nothing is applied.
func badInputAttacks(t *testing.T) []attack {
	testdata := filepath.Join(root, "model", "testdata")
	fixtures, _ := filepath.Glob(filepath.Join(testdata, "strict-*.yaml"))
	// An environment whose name: differs from its file (ended in a jsii panic).
	renamed := t.TempDir()
	staging, err := os.ReadFile(filepath.Join(root, "environments", "staging.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(renamed, "staging.yaml"), []byte(strings.Replace(string(staging), "name: staging", "name: production", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := map[string][2]string{"staging.yaml naming itself production": {renamed, "staging"}}
	for _, f := range fixtures {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		cases["model/testdata/"+filepath.Base(f)] = [2]string{testdata, name}
	}
	var out []attack
	for _, what := range slices.Sorted(maps.Keys(cases)) {
		dir, name := cases[what][0], cases[what][1]
		out = append(out, attack{"environment file", what, func(t *testing.T) (bool, string) {
			_, loadErr := model.LoadEnvironment(dir, name)
			if loadErr == nil {
				return false, "the model accepts it"
			}
			before := applied(t)
			got, err := runOut([]string{"OPSMON_ENV_DIR=" + dir}, "scripts/stack.sh", "deploy", name)
			if err == nil || applied(t) != before {
				return false, "the deploy went ahead: " + tail(got, 3)
			}
			first := strings.SplitN(loadErr.Error(), "\n", 2)[0]
			if !strings.Contains(got, first) {
				return false, "refused, but not with the model's message: " + tail(got, 3)
			}
			if dir == renamed {
				first = strings.ReplaceAll(first, dir+"/", "")
			}
			return true, "refused before anything ran: " + first
		}})
	}
	return out
}

// secretsFileAttack: a secrets file with shell code in it is read literally.
func secretsFileAttack() attack {
	return attack{"secrets file", "values with $(…) and `…` in OPSMON_SECRETS_FILE", func(t *testing.T) (bool, string) {
		dir := t.TempDir()
		mark := filepath.Join(dir, "pwned")
		value := "$(touch " + mark + ")"
		file := filepath.Join(dir, "staging.env")
		body := "PG_CONN_STR=" + value + "\nslack_api_url=`touch " + mark + "`\n"
		if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		got, _ := runOut([]string{"OPSMON_SECRETS_FILE=" + file}, "bash", "-c",
			`source scripts/lib.sh && source scripts/secrets.sh && load_secrets staging >/dev/null 2>&1; printf '%s' "$PG_CONN_STR"`)
		if _, err := os.Stat(mark); err == nil {
			return false, "the shell code ran"
		}
		if got != value {
			return false, fmt.Sprintf("the value was not kept literally: %q", got)
		}
		return true, "kept literally, nothing run"
	}}
}

// secretsFileSteering: a secrets file setting BASH_ENV (code every later bash runs)
// is refused by name before anything is exported. The control runs the same
// BASH_ENV straight into bash, so the probe would show it if the file passed it on.
func secretsFileSteering() attack {
	return attack{"secrets file", "BASH_ENV and LD_PRELOAD in OPSMON_SECRETS_FILE", func(t *testing.T) (bool, string) {
		dir := t.TempDir()
		mark, hook := filepath.Join(dir, "pwned"), filepath.Join(dir, "hook.sh")
		if err := os.WriteFile(hook, []byte("touch "+mark+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		control := exec.Command("bash", "-c", "true")
		control.Env = append(os.Environ(), "BASH_ENV="+hook)
		if err := control.Run(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(mark); err != nil {
			t.Fatalf("control: BASH_ENV did not run its hook (%v): the probe would prove nothing", err)
		}
		os.Remove(mark)
		file := filepath.Join(dir, "staging.env")
		// With a state connection, so that were BASH_ENV passed on, the bash after
		// load_secrets would run the hook.
		body := "PG_CONN_STR=postgres://u:p@127.0.0.1:1/db\nBASH_ENV=" + hook + "\nLD_PRELOAD=" + filepath.Join(dir, "evil.so") + "\n"
		if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := runOut([]string{"OPSMON_SECRETS_FILE=" + file}, "bash", "-c",
			`source scripts/lib.sh && source scripts/secrets.sh && load_secrets staging && bash -c true`)
		if _, statErr := os.Stat(mark); statErr == nil {
			return false, "the hook ran: BASH_ENV was exported"
		}
		if err == nil || !strings.Contains(got, "BASH_ENV is not a setting this file may hold") {
			return false, "not refused by its cause: " + tail(got, 3)
		}
		return true, "refused by name before anything was exported"
	}}
}

// fromNetwork runs one HTTP request from a throwaway container on network (the demo
// image's Python), printing "STATUS n" or "UNREACHABLE reason".
func fromNetwork(t *testing.T, network, method, url, body string) string {
	t.Helper()
	const probe = `import sys, urllib.request, urllib.error
m, u, b = sys.argv[1], sys.argv[2], sys.argv[3]
import base64, urllib.parse
p = urllib.parse.urlsplit(u)
h = {"Content-Type": "application/json"}
if p.username is not None:
    h["Authorization"] = "Basic " + base64.b64encode(f"{p.username}:{p.password}".encode()).decode()
    u = urllib.parse.urlunsplit(p._replace(netloc=p.hostname + (f":{p.port}" if p.port else "")))
req = urllib.request.Request(u, data=b.encode() if b else None, method=m, headers=h)
try:
    print("STATUS", urllib.request.urlopen(req, timeout=5).status)
except urllib.error.HTTPError as e:
    print("STATUS", e.code)
except Exception as e:
    print("UNREACHABLE", e)`
	return inThrowaway(t, []string{"--network", network}, probe, method, url, body)
}

// inThrowaway runs a Python probe in a throwaway container of the demo image, with
// the docker run options given, bounded to 60 s: its output, or "UNREACHABLE ...".
func inThrowaway(t *testing.T, opts []string, probe string, args ...string) string {
	t.Helper()
	c, _ := model.StandInByName(model.OpsCenterDemo)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	run := append(append([]string{"run", "--rm"}, opts...), "--entrypoint", "python3", c.Local, "-c", probe)
	out, err := exec.CommandContext(ctx, "docker", append(run, args...)...).CombinedOutput()
	if err != nil {
		return fmt.Sprintf("UNREACHABLE docker run: %v %s", err, tail(string(out), 3))
	}
	return strings.TrimSpace(string(out))
}

// request sends one request with no credentials and returns the status code.
func request(method, url string) (int, error) { return requestWith(&anonymous, method, url) }

func requestWith(c *http.Client, method, url string) (int, error) {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}
