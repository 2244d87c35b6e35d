//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/dockerproxy"
)

const probeImage = "opsmon-lp/probe:1"

// TestReadOnlyDockerProxy puts the plan proxy (`opsmon docker-proxy`) in front of
// a second Docker engine of the test's own. tofu applies a container, image, network and
// volume straight on the engine; through the proxy, docker version, ps and
// inspect work and a tofu plan refreshes every resource with no changes; and
// docker run, rm, exec, network create, volume rm, build, a tofu apply and a
// tofu destroy all get the proxy's 403, with the engine unchanged after each.
func TestReadOnlyDockerProxy(t *testing.T) {
	uses(t) // its own engine or database: beside the tests of this machine's engine
	e := startEngine(t)
	e.importProbeImage(t, probeImage)
	p := startProxy(t, e.sock, benchEnvironment)
	stack := newDockerStack(t)
	var containerID string

	runInOrder(t, []step{
		{"tofu applies a container, image, network and volume straight on the engine", func(t *testing.T) {
			stack.mustTofu(t, "init")
			stack.mustTofu(t, "apply", "-auto-approve", "-var", "docker_host=unix://"+e.sock)
			out, err := e.docker(context.Background(), "inspect", "-f", "{{.Id}} {{.State.Running}}", "opsmon-lp-probe")
			if err != nil || !strings.HasSuffix(strings.TrimSpace(out), " true") {
				t.Fatalf("opsmon-lp-probe is not running on the engine: %v %s", err, out)
			}
			containerID = strings.Fields(out)[0]
		}},
		{"docker version, ps and inspect work through the proxy", func(t *testing.T) {
			for _, c := range []struct {
				args []string
				want string
			}{
				{[]string{"version", "--format", "{{.Server.APIVersion}}"}, "1."},
				{[]string{"ps", "--format", "{{.Names}}"}, "opsmon-lp-probe"},
				{[]string{"inspect", "--format", "{{.Id}}", "opsmon-lp-probe"}, containerID},
				{[]string{"image", "inspect", "--format", "{{.Id}}", probeImage}, "sha256:"},
				{[]string{"network", "inspect", "--format", "{{.Name}}", "opsmon-lp-net"}, "opsmon-lp-net"},
				{[]string{"volume", "inspect", "--format", "{{.Name}}", "opsmon-lp-data"}, "opsmon-lp-data"},
			} {
				out, err := dockerAt(context.Background(), p.sock, c.args...)
				if err != nil || !strings.Contains(out, c.want) {
					t.Errorf("docker %s through the proxy: err=%v, output lacks %q:\n%s", strings.Join(c.args, " "), err, c.want, out)
				}
			}
		}},
		{"a tofu plan through the proxy refreshes every resource: no changes", func(t *testing.T) {
			out := stack.mustTofu(t, "plan", "-detailed-exitcode", "-lock=false", "-var", "docker_host=unix://"+p.sock)
			if !strings.Contains(out, "No changes.") {
				t.Errorf("the plan through the proxy is not a no-op:\n%s", tail(out, 30))
			}
			// The refresh really went through the proxy, and was answered.
			log := p.log()
			for _, want := range []string{"/containers/" + containerID + "/json HTTP/1.1", "/volumes/opsmon-lp-data HTTP/1.1", "/images/" + probeImage + "/json HTTP/1.1"} {
				if !strings.Contains(log, want) {
					t.Errorf("the proxy's log has no refresh read %q:\n%s", want, tail(log, 40))
				}
			}
		}},
		{"writes get the proxy's 403 and change nothing on the engine", func(t *testing.T) {
			buildDir := t.TempDir()
			if err := os.WriteFile(filepath.Join(buildDir, "Dockerfile"), []byte("FROM "+probeImage+"\nLABEL intruder=1\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			object := `[A-Za-z0-9_.-]+` // the CLI may send the container's name or its ID
			for _, c := range []struct {
				args    []string
				refused string // the request the proxy's log shows refused: METHOD PATH, as regular expressions
			}{
				{[]string{"run", "--rm", "--network", "none", "--name", "opsmon-lp-intruder", probeImage}, "POST /containers/create"},
				{[]string{"rm", "-f", "opsmon-lp-probe"}, "DELETE /containers/" + object},
				{[]string{"exec", "opsmon-lp-probe", "/probe"}, "POST /containers/" + object + "/exec"},
				{[]string{"network", "create", "opsmon-lp-intruder"}, "POST /networks/create"},
				{[]string{"volume", "rm", "opsmon-lp-data"}, "DELETE /volumes/opsmon-lp-data"},
				{[]string{"build", "-t", "opsmon-lp/intruder:1", buildDir}, "POST /build"},
				{[]string{"stop", "opsmon-lp-probe"}, "POST /containers/" + object + "/stop"},
				{[]string{"logs", "opsmon-lp-probe"}, "GET /containers/" + object + "/logs"},
				{[]string{"cp", "opsmon-lp-probe:/probe", buildDir}, "(GET|HEAD) /containers/" + object + "/archive"},
			} {
				before, logged := e.snapshot(t), len(p.log())
				out, err := dockerAt(context.Background(), p.sock, c.args...)
				cmd := "docker " + strings.Join(c.args, " ")
				if err == nil {
					t.Errorf("%s through the proxy succeeded:\n%s", cmd, out)
				}
				// The proxy answers before reading a request body: a client still
				// sending one (docker build's context) may see a broken pipe instead.
				if c.args[0] != "build" && !strings.Contains(out, dockerproxy.RefusedMessage) {
					t.Errorf("%s through the proxy: output lacks the proxy's 403 message %q:\n%s", cmd, dockerproxy.RefusedMessage, out)
				}
				// The proxy logs a request once it is answered: the line may trail the CLI's exit.
				for i := 0; i < 20 && !refusedInLog(p.log()[logged:], c.refused); i++ {
					time.Sleep(100 * time.Millisecond)
				}
				if !refusedInLog(p.log()[logged:], c.refused) {
					t.Errorf("%s: the proxy's log shows no 403 for %s:\n%s", cmd, c.refused, p.log()[logged:])
				}
				if after := e.snapshot(t); after != before {
					t.Errorf("%s through the proxy changed the engine:\nbefore:\n%s\nafter:\n%s", cmd, before, after)
				}
			}
			for _, args := range [][]string{
				{"apply", "-auto-approve", "-lock=false", "-var", "docker_host=unix://" + p.sock, "-var", "name=opsmon-lp-renamed"},
				{"destroy", "-auto-approve", "-lock=false", "-var", "docker_host=unix://" + p.sock},
			} {
				before := e.snapshot(t)
				out, err := stack.tofu(args...)
				if err == nil || !strings.Contains(out, dockerproxy.RefusedMessage) {
					t.Errorf("tofu %s through the proxy: err=%v; want the proxy's 403:\n%s", args[0], err, tail(out, 20))
				}
				if after := e.snapshot(t); after != before {
					t.Errorf("tofu %s through the proxy changed the engine:\nbefore:\n%s\nafter:\n%s", args[0], before, after)
				}
			}
		}},
	})
}

// refusedInLog: the proxy's log has a 403 line for the request
// "METHOD PATH" (regular expressions), with or without an API version prefix and
// a query string.
func refusedInLog(log, request string) bool {
	method, path, _ := strings.Cut(request, " ")
	re := regexp.MustCompile(` 403 .*"` + method + ` (/v[0-9.]+)?` + path + `[ ?]`)
	return re.MatchString(log)
}

// syncBuffer collects a process's output while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	out strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.out.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.out.String()
}

// proxy is the plan proxy (`opsmon docker-proxy`, package planproxy) in front of
// an engine, owning the containers of the environments it was started with.
type proxy struct {
	sock string
	syncBuffer
}

func (p *proxy) log() string { return p.String() }

// benchEnvironment labels the tiny stacks' containers: the proxies in front of
// their engines own it.
const benchEnvironment = "bench"

var (
	opsmonOnce  sync.Once
	opsmonBuilt string
	opsmonErr   error
)

// opsmonBinary is cmd/opsmon built once for this test process (the proxy runs
// as its own process, killed at the test's end: no wrapper script between).
func opsmonBinary(t *testing.T) string {
	t.Helper()
	opsmonOnce.Do(func() {
		dir, err := os.MkdirTemp("", "opsmon-e2e-bin-")
		if err != nil {
			opsmonErr = err
			return
		}
		opsmonBuilt = filepath.Join(dir, "opsmon")
		cmd := exec.Command("go", "build", "-o", opsmonBuilt, "./cmd/opsmon")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			opsmonErr = fmt.Errorf("go build ./cmd/opsmon: %v\n%s", err, out)
		}
	})
	if opsmonErr != nil {
		t.Fatal(opsmonErr)
	}
	return opsmonBuilt
}

// startProxy runs the plan proxy in front of engineSock until the test ends; the
// containers labelled with one of envs are the stack's own.
func startProxy(t *testing.T, engineSock string, envs ...string) *proxy {
	t.Helper()
	// As on a host: a folder anyone may enter, the socket mode 0660 with the plan
	// key's user's group.
	dir, err := os.MkdirTemp("/tmp", "opsmon-planproxy-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ensurePlanUser(t)
	p := &proxy{sock: filepath.Join(dir, "docker.sock")}
	cmd := exec.Command(opsmonBinary(t), "docker-proxy", "-listen", p.sock, "-engine", engineSock, "-env", strings.Join(envs, ","),
		"-mode", "0660", "-group", planUser)
	cmd.Stdout, cmd.Stderr = p, p
	if err := cmd.Start(); err != nil {
		t.Fatalf("opsmon docker-proxy: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		os.Remove(p.sock)
		if t.Failed() {
			t.Logf("the plan proxy's log (end):\n%s", tail(p.log(), 40))
		}
	})
	eventually(t, 10*time.Second, 100*time.Millisecond, "the plan proxy listens on "+p.sock, func() string {
		if _, err := unixGet(p.sock, "/_ping"); err != nil {
			return err.Error() + "\n" + p.log()
		}
		return ""
	})
	return p
}

// newDockerStack is a working folder with a container, its image, a network and
// a volume (kreuzwerker/docker 4.6.0 from the offline mirror); the engine is the
// docker_host variable, so one state is planned through the proxy or applied
// straight on the engine.
func newDockerStack(t *testing.T) *tinyStack {
	t.Helper()
	dir := t.TempDir()
	cfg := map[string]any{
		"terraform": map[string]any{"required_providers": map[string]any{
			"docker": map[string]any{"source": "kreuzwerker/docker", "version": "4.6.0"}}},
		"variable": map[string]any{
			"docker_host": map[string]any{"type": "string"},
			"name":        map[string]any{"type": "string", "default": "opsmon-lp-probe"},
		},
		"provider": map[string]any{"docker": map[string]any{"host": "${var.docker_host}"}},
		"resource": map[string]any{
			"docker_image": map[string]any{"probe": map[string]any{"name": probeImage, "keep_locally": true}},
			// A subnet of its own: the bridge is on the host, beside the main engine's.
			"docker_network": map[string]any{"net": map[string]any{"name": "opsmon-lp-net",
				"ipam_config": []any{map[string]any{"subnet": "10.251.93.0/24"}}}},
			"docker_volume": map[string]any{"data": map[string]any{"name": "opsmon-lp-data"}},
			"docker_container": map[string]any{"probe": map[string]any{
				"name": "${var.name}", "image": "${docker_image.probe.image_id}", "network_mode": "none",
				"labels":  []any{map[string]any{"label": model.ContainerEnvironmentLabel, "value": benchEnvironment}},
				"volumes": []any{map[string]any{"volume_name": "${docker_volume.data.name}", "container_path": "/data"}},
			}},
		},
	}
	b, _ := json.MarshalIndent(cfg, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "main.tf.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	conf := os.Getenv("TF_CLI_CONFIG_FILE")
	if _, err := os.Stat(conf); conf == "" || err != nil {
		conf = filepath.Join(root, ".cache/tofurc")
	}
	return &tinyStack{dir: dir, env: []string{"TF_CLI_CONFIG_FILE=" + conf}}
}
