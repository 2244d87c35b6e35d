//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// engine is a second Docker engine of the test's own (its own data root, exec
// root and socket, no bridge, no iptables), so nothing the test does touches
// the engine the stack runs on. Everything it creates is named opsmon-lp-*.
type engine struct {
	dir, sock string
	// gateway is the address of its bridge on this machine, where its published
	// ports can listen and containers of the first engine reach them.
	gateway string
	cmd     *exec.Cmd
}

func startEngine(t *testing.T) *engine {
	t.Helper()
	// Unix socket paths are limited to 108 bytes: a short folder under /tmp.
	dir, err := os.MkdirTemp("/tmp", "opsmon-lp-dockerd-")
	if err != nil {
		t.Fatal(err)
	}
	e := &engine{dir: dir, sock: filepath.Join(dir, "docker.sock")}
	logf, err := os.Create(filepath.Join(dir, "dockerd.log"))
	if err != nil {
		t.Fatal(err)
	}
	// Its own default bridge: with --bridge=none dockerd deletes the interface docker0,
	// which the machine's first engine uses (moby's removeDefaultBridgeInterface).
	br, gw, n := ownBridge(t, dir)
	e.gateway = gw
	// Its networks take their subnets from a pool of its own, and traffic between
	// containers on them is let through: this machine's first engine sets the
	// FORWARD policy to DROP, which (with br_netfilter) also drops bridged traffic
	// on the bridges of an engine run with --iptables=false, as Alertmanager peers
	// gossiping or Prometheus scraping on the bench engine would find.
	pool := fmt.Sprintf("10.216.%d.0/24", n)
	acceptBetween(t, pool)
	acceptBetween(t, model.DefaultGossipSubnet)
	e.cmd = exec.Command("dockerd", "--data-root", filepath.Join(dir, "data"), "--exec-root", filepath.Join(dir, "exec"),
		"--pidfile", filepath.Join(dir, "docker.pid"), "-H", "unix://"+e.sock, "--bridge="+br, "--iptables=false",
		"--default-address-pool", "base="+pool+",size=28")
	e.cmd.Stdout, e.cmd.Stderr = logf, logf
	e.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := e.cmd.Start(); err != nil {
		t.Fatalf("dockerd: %v", err)
	}
	t.Cleanup(func() { e.stop(t) })
	eventually(t, 60*time.Second, 500*time.Millisecond, "the second dockerd answers on "+e.sock, func() string {
		if _, err := unixGet(e.sock, "/_ping"); err != nil {
			return err.Error()
		}
		return ""
	})
	return e
}

// bridges serializes picking and creating a second engine's bridge.
var bridges sync.Mutex

// ownBridge creates a Linux bridge for a second engine's default network, removed
// at cleanup. Its name (at most 15 bytes) and subnet derive from the engine's folder;
// it returns the name and the bridge's address.
func ownBridge(t *testing.T, dir string) (string, string, int) {
	t.Helper()
	sum := 0
	for _, c := range filepath.Base(dir) {
		sum = (sum*31 + int(c)) % 250
	}
	// Engines of tests running in parallel each take a bridge no other holds.
	bridges.Lock()
	defer bridges.Unlock()
	for i := 0; i < 250 && exec.Command("ip", "link", "show", fmt.Sprintf("opsmon-br%d", sum)).Run() == nil; i++ {
		sum = (sum + 1) % 250
	}
	br, gw := fmt.Sprintf("opsmon-br%d", sum), fmt.Sprintf("10.214.%d.1", sum)
	for _, args := range [][]string{
		{"link", "add", "name", br, "type", "bridge"},
		{"addr", "add", gw + "/24", "dev", br},
		{"link", "set", br, "up"},
	} {
		if out, err := exec.Command("ip", args...).CombinedOutput(); err != nil {
			t.Fatalf("ip %s: %v %s", strings.Join(args, " "), err, out)
		}
	}
	t.Cleanup(func() { _ = exec.Command("ip", "link", "del", br).Run() })
	return br, gw, sum
}

// acceptBetween lets forwarded traffic within subnet through (DOCKER-USER, which
// the first engine's FORWARD chain jumps to first), until the test ends.
func acceptBetween(t *testing.T, subnet string) {
	t.Helper()
	rule := []string{"DOCKER-USER", "-s", subnet, "-d", subnet, "-j", "ACCEPT"}
	if out, err := exec.Command("iptables", append([]string{"-I"}, rule...)...).CombinedOutput(); err != nil {
		t.Fatalf("iptables -I %v: %v %s", rule, err, out)
	}
	t.Cleanup(func() { _ = exec.Command("iptables", append([]string{"-D"}, rule...)...).Run() })
}

// loadImages moves images from the machine's engine into this one, as a
// registry pull would on a real host.
func (e *engine) loadImages(t *testing.T, images ...string) {
	t.Helper()
	save := exec.Command("docker", append([]string{"save"}, images...)...)
	load := exec.Command("docker", "load", "-q")
	load.Env = append(os.Environ(), "DOCKER_HOST=unix://"+e.sock)
	pipe, err := save.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	load.Stdin = pipe
	if err := save.Start(); err != nil {
		t.Fatal(err)
	}
	if out, err := load.CombinedOutput(); err != nil {
		t.Fatalf("docker load into the second engine: %v %s", err, out)
	}
	if err := save.Wait(); err != nil {
		t.Fatalf("docker save %v: %v", images, err)
	}
}

// stop removes the test's containers and networks (a network's bridge would
// outlive the engine on the host), then stops this dockerd (and the
// containerd it started) by its own process group, bounded, and removes its folder.
func (e *engine) stop(t *testing.T) {
	ctx := context.Background()
	// Everything on this engine is the test's: every container, and every network
	// the test or a stack it deployed created. A network's bridge outlives a
	// stopped engine, and its route would shadow the same subnet on the next
	// engine (the gossip subnet is fixed), so the bridges go too.
	// On a loaded machine removing a stack's containers can outlast one bounded
	// call, and a network with an endpoint left cannot go: a few bounded rounds.
	var bridges []string
	for round := 1; round <= 3; round++ {
		if out, err := e.docker(ctx, "ps", "-aq"); err == nil && strings.TrimSpace(out) != "" {
			if out, err := e.docker(ctx, append([]string{"rm", "-fv"}, strings.Fields(out)...)...); err != nil {
				t.Logf("removing the test's containers (round %d): %v\n%s", round, err, tail(out, 5))
			}
		}
		out, err := e.docker(ctx, "network", "ls", "-q", "--filter", "type=custom")
		if err != nil || strings.TrimSpace(out) == "" {
			break
		}
		for _, id := range strings.Fields(out) {
			bridges = append(bridges, "br-"+id)
		}
		out, err = e.docker(ctx, append([]string{"network", "rm"}, strings.Fields(out)...)...)
		if err == nil {
			break
		}
		// Not the product's fault: the engine stops next and its bridges go below.
		t.Logf("removing the test's networks (round %d): %v\n%s", round, err, tail(out, 5))
		time.Sleep(2 * time.Second)
	}
	defer func() {
		for _, br := range bridges {
			if exec.Command("ip", "link", "show", br).Run() == nil {
				_ = exec.Command("ip", "link", "del", br).Run()
			}
		}
	}()
	_ = syscall.Kill(-e.cmd.Process.Pid, syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = e.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		_ = syscall.Kill(-e.cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
	if t.Failed() {
		b, _ := os.ReadFile(filepath.Join(e.dir, "dockerd.log"))
		t.Logf("second dockerd's log (end):\n%s", tail(string(b), 30))
	}
	if err := os.RemoveAll(e.dir); err != nil {
		t.Logf("removing %s: %v", e.dir, err)
	}
}

// docker runs the docker CLI against this engine directly, bounded to a minute.
func (e *engine) docker(ctx context.Context, args ...string) (string, error) {
	return dockerAt(ctx, e.sock, args...)
}

func dockerAt(ctx context.Context, sock string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "docker", args...)
	cmd.Env = append(os.Environ(), "DOCKER_HOST=unix://"+sock, "DOCKER_BUILDKIT=0", "DOCKER_CLI_HINTS=false")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// unixGet is one bounded GET on a Docker API socket.
func unixGet(sock, path string) ([]byte, error) {
	c := http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, "unix", sock)
		}}}
	resp, err := c.Get("http://docker" + path)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return out, fmt.Errorf("GET %s: %s", path, resp.Status)
	}
	return out, nil
}

// snapshot lists, straight from the engine's own socket, every container (with
// its state, start time and exec sessions), image, network and volume: two equal
// snapshots mean nothing was created, changed, started, exec'd or removed.
func (e *engine) snapshot(t *testing.T) string {
	t.Helper()
	var lines []string
	var containers []struct{ Id string }
	e.getJSON(t, "/containers/json?all=1", &containers)
	for _, c := range containers {
		var in struct {
			Name    string
			ExecIDs []string
			State   struct{ Status, StartedAt string }
			Config  struct{ Healthcheck *struct{ Test []string } }
		}
		e.getJSON(t, "/containers/"+c.Id+"/json", &in)
		var execs []string
		for _, id := range in.ExecIDs {
			if !e.isHealthcheck(id, in.Config.Healthcheck) {
				execs = append(execs, id)
			}
		}
		lines = append(lines, fmt.Sprintf("container %s %s %s %s exec=%v", in.Name, c.Id[:12], in.State.Status, in.State.StartedAt, execs))
	}
	var images []struct{ Id string }
	e.getJSON(t, "/images/json?all=1", &images)
	for _, i := range images {
		lines = append(lines, "image "+i.Id)
	}
	var networks []struct{ Name, Id string }
	e.getJSON(t, "/networks", &networks)
	for _, n := range networks {
		lines = append(lines, "network "+n.Name+" "+n.Id[:12])
	}
	var volumes struct{ Volumes []struct{ Name string } }
	e.getJSON(t, "/volumes", &volumes)
	for _, v := range volumes.Volumes {
		lines = append(lines, "volume "+v.Name)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// isHealthcheck: the exec session is the engine running the container's own
// healthcheck, which comes and goes on its interval and is no one's doing.
func (e *engine) isHealthcheck(id string, hc *struct{ Test []string }) bool {
	if hc == nil || len(hc.Test) < 2 {
		return false
	}
	b, err := unixGet(e.sock, "/exec/"+id+"/json")
	if err != nil {
		return true // gone between the two reads: a healthcheck's, which last a moment
	}
	var x struct {
		ProcessConfig struct {
			Entrypoint string
			Arguments  []string
		}
	}
	if json.Unmarshal(b, &x) != nil {
		return false
	}
	cmd := append([]string{x.ProcessConfig.Entrypoint}, x.ProcessConfig.Arguments...)
	want := hc.Test[1:]
	if hc.Test[0] == "CMD-SHELL" {
		want = []string{"/bin/sh", "-c", hc.Test[1]}
	}
	return slices.Equal(cmd, want)
}

func (e *engine) getJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := unixGet(e.sock, path)
	if err != nil {
		t.Fatalf("engine %s: %v", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("engine %s: %v", path, err)
	}
}

// importProbeImage builds a static Go program that sleeps until stopped and
// imports it as a one-file image: no registry, no other image needed.
func (e *engine) importProbeImage(t *testing.T, name string) {
	t.Helper()
	dir := t.TempDir()
	src := "package main\n\nimport (\n\t\"os\"\n\t\"os/signal\"\n\t\"syscall\"\n)\n\n" +
		"func main() {\n\tc := make(chan os.Signal, 1)\n\tsignal.Notify(c, syscall.SIGTERM, syscall.SIGINT)\n\t<-c\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "rootfs", "probe"), "main.go")
	build.Dir = dir
	build.Env = append(os.Environ(), "CGO_ENABLED=0", "GOWORK=off", "GO111MODULE=off", "GOFLAGS=")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the probe: %v\n%s", err, out)
	}
	tar := exec.Command("tar", "-C", filepath.Join(dir, "rootfs"), "-cf", filepath.Join(dir, "rootfs.tar"), ".")
	if out, err := tar.CombinedOutput(); err != nil {
		t.Fatalf("tar: %v\n%s", err, out)
	}
	if out, err := e.docker(context.Background(), "import", "--change", `ENTRYPOINT ["/probe"]`, filepath.Join(dir, "rootfs.tar"), name); err != nil {
		t.Fatalf("docker import: %v\n%s", err, out)
	}
}
