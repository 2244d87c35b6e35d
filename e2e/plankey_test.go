//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/planproxy"
	"github.com/magicunicorn/ops-center-monitoring/render/dockerproxy"
)

// TestPlanKeyReachesOnlyTheProxy: an sshd of the test's own on 127.0.0.1 holds
// the plan key with the forced command docs/LEAST_PRIVILEGE.md gives. Over
// ssh:// with that key (docker system dial-stdio, as the docker CLI and the
// docker provider run it), a tofu plan refreshes a stack applied straight on the
// engine with no changes and docker ps lists it, through the proxy, while a tofu
// apply and docker run get its 403; asking for another command runs the forced
// one instead; forwarding a local port to the engine's socket is refused by
// restrict; a product container's password, in its environment and its command,
// is in nothing the key can read. The engine is unchanged.
func TestPlanKeyReachesOnlyTheProxy(t *testing.T) {
	uses(t) // its own engine or database: beside the tests of this machine's engine
	e := startEngine(t)
	e.importProbeImage(t, probeImage)
	stack := newDockerStack(t)
	stack.mustTofu(t, "init")
	stack.mustTofu(t, "apply", "-auto-approve", "-var", "docker_host=unix://"+e.sock)
	p := startProxy(t, e.sock, benchEnvironment)
	s := startSSHDAs(t, dockerproxy.PlanKeyOptions(p.sock), planUser)
	productSecret := productStandIn(t, e)
	before := e.snapshot(t)

	// The provider runs "ssh" from PATH: the wrapper holding the plan key.
	ssh := &tinyStack{dir: stack.dir, env: append(append([]string{}, stack.env...), "PATH="+s.path)}
	host := "docker_host=ssh://" + s.user + "@127.0.0.1:" + s.port
	out := ssh.mustTofu(t, "plan", "-detailed-exitcode", "-lock=false", "-var", host)
	if !strings.Contains(out, "No changes.") {
		t.Errorf("tofu plan over ssh with the plan key is not a no-op:\n%s", tail(out, 20))
	}
	out, err := ssh.tofu("apply", "-auto-approve", "-lock=false", "-var", host, "-var", "name=opsmon-lp-renamed")
	if err == nil || !strings.Contains(out, dockerproxy.RefusedMessage) {
		t.Errorf("tofu apply over ssh with the plan key: err=%v; want the proxy's 403:\n%s", err, tail(out, 20))
	}
	out, err = s.docker("ps", "--format", "{{.Names}}")
	if err != nil || !strings.Contains(out, "opsmon-lp-probe") {
		t.Errorf("docker ps over ssh with the plan key: err=%v, want opsmon-lp-probe:\n%s", err, out)
	}
	out, err = s.docker("run", "--rm", "--network", "none", probeImage)
	if err == nil || !strings.Contains(out, dockerproxy.RefusedMessage) {
		t.Errorf("docker run over ssh with the plan key: err=%v; want the proxy's 403:\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b, _ := s.ssh(ctx, "id; touch /tmp/opsmon-lp-intruder").CombinedOutput()
	if strings.Contains(string(b), "uid=") {
		t.Errorf("the plan key ran a command of its own choosing:\n%s", b)
	}
	if _, err := os.Stat("/tmp/opsmon-lp-intruder"); err == nil {
		os.Remove("/tmp/opsmon-lp-intruder")
		t.Error("the plan key ran a command of its own choosing: /tmp/opsmon-lp-intruder exists")
	}
	s.forwardRefused(t, e.sock)
	// The control: the same key without restrict forwards to the engine itself.
	open := startSSHD(t, strings.TrimSuffix(dockerproxy.PlanKeyOptions(p.sock), ",restrict"))
	open.forwardReaches(t, e.sock)
	s.readsNothingOfTheProduct(t, productSecret)
	planUserReachesOnlyTheProxy(t, p.sock)
	if after := e.snapshot(t); after != before {
		t.Errorf("the engine changed:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// sshServer is OpenSSH's sshd on a free 127.0.0.1 port, with a generated host key
// and one client key whose authorized_keys line is given; the client side is an
// ssh wrapper (first on PATH, as the docker CLI runs "ssh") pinning that host key.
type sshServer struct {
	dir, port, user string
	keys            string // one authorized_keys file per user
	path            string // PATH with the ssh wrapper first
	pid             int    // the listener; each session is a child of it
}

func startSSHD(t *testing.T, keyOptions string) *sshServer {
	t.Helper()
	return startSSHDAs(t, keyOptions, "")
}

// startSSHDAs is startSSHD whose key logs in as the user named as ("": the user
// the test runs as). Each user's authorized keys are a file of their own, which
// sshd reads as that user: the folder is world-readable, the keys public.
func startSSHDAs(t *testing.T, keyOptions, as string) *sshServer {
	t.Helper()
	for _, bin := range []string{"/usr/sbin/sshd", "ssh", "ssh-keygen"} {
		if _, err := exec.LookPath(bin); err != nil {
			t.Fatalf("%s missing (%v); run make setup", bin, err)
		}
	}
	dir := t.TempDir()
	// Log in as the user the test runs as ($USER may name sudo's caller), who
	// can reach the proxy's socket.
	me, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	s := &sshServer{dir: dir, port: freePort(t), user: me.Username}
	if as != "" {
		s.user = as
	}
	keys, err := os.MkdirTemp("/tmp", "opsmon-sshkeys-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(keys) })
	if err := os.Chmod(keys, 0o755); err != nil {
		t.Fatal(err)
	}
	s.keys = keys
	for _, k := range []string{"host_key", "plan_key"} {
		if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", k, "-f", filepath.Join(dir, k)).CombinedOutput(); err != nil {
			t.Fatalf("ssh-keygen: %v\n%s", err, out)
		}
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(b))
	}
	write := func(name, content string, mode os.FileMode) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), mode); err != nil {
			t.Fatal(err)
		}
	}
	s.authorize(t, s.user, keyOptions+" "+read("plan_key.pub"))
	write("known_hosts", "[127.0.0.1]:"+s.port+" "+read("host_key.pub")+"\n", 0o644)
	write("sshd_config", fmt.Sprintf("ListenAddress 127.0.0.1\nPort %s\nHostKey %s\nAuthorizedKeysFile %s\n"+
		"PasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n"+
		"UsePAM no\nStrictModes no\nPidFile %s\n",
		s.port, filepath.Join(dir, "host_key"), filepath.Join(keys, "%u"), filepath.Join(dir, "sshd.pid")), 0o600)
	write("ssh_config", fmt.Sprintf("Host *\n  IdentityFile %s\n  IdentitiesOnly yes\n  UserKnownHostsFile %s\n"+
		"  StrictHostKeyChecking yes\n  BatchMode yes\n  ConnectTimeout 10\n",
		filepath.Join(dir, "plan_key"), filepath.Join(dir, "known_hosts")), 0o644)
	ssh, _ := exec.LookPath("ssh")
	if err := os.MkdirAll(filepath.Join(dir, "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	write("bin/ssh", "#!/bin/sh\nexec "+ssh+" -F "+filepath.Join(dir, "ssh_config")+" \"$@\"\n", 0o755)
	s.path = filepath.Join(dir, "bin") + ":" + os.Getenv("PATH")
	// sshd's privilege separation needs this folder (Debian's unit creates it).
	if err := os.MkdirAll("/run/sshd", 0o755); err != nil {
		t.Fatal(err)
	}
	logf, err := os.Create(filepath.Join(dir, "sshd.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("/usr/sbin/sshd", "-D", "-e", "-f", filepath.Join(dir, "sshd_config"))
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s.pid = cmd.Process.Pid
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if t.Failed() {
			b, _ := os.ReadFile(filepath.Join(dir, "sshd.log"))
			t.Logf("sshd's log (end):\n%s", tail(string(b), 30))
		}
	})
	eventually(t, 10*time.Second, 100*time.Millisecond, "sshd listens on 127.0.0.1:"+s.port, func() string {
		out, err := exec.Command("ssh-keyscan", "-p", s.port, "127.0.0.1").CombinedOutput()
		if err != nil || !strings.Contains(string(out), "ssh-ed25519") {
			return fmt.Sprintf("%v %s", err, out)
		}
		return ""
	})
	return s
}

// authorize adds an authorized_keys line for user.
func (s *sshServer) authorize(t *testing.T, user, line string) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(s.keys, user), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := fmt.Fprintln(f, strings.TrimSpace(line)); err != nil {
		t.Fatal(err)
	}
}

// ssh runs the client with the plan key and the pinned host key, bounded.
func (s *sshServer) ssh(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, filepath.Join(s.dir, "bin/ssh"), append([]string{"-p", s.port, "-l", s.user, "127.0.0.1"}, args...)...)
	cmd.Stdin = nil
	cmd.WaitDelay = 5 * time.Second
	return cmd
}

// docker runs the docker CLI over ssh:// with the plan key, bounded to a minute.
func (s *sshServer) docker(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "docker", args...)
	cmd.Env = append(os.Environ(), "PATH="+s.path, "DOCKER_HOST=ssh://"+s.user+"@127.0.0.1:"+s.port, "DOCKER_CLI_HINTS=false")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// forward starts `ssh -N -L` of a free local port to the engine's socket with
// this server's key, until the caller's function returns; ping asks the Docker
// API through it, bounded to 2 s: the status, and whether the engine answered.
func (s *sshServer) forward(t *testing.T, engineSock string) (ping func() (string, bool), stop func()) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	local := freePort(t)
	cmd := s.ssh(ctx, "-N", "-L", "127.0.0.1:"+local+":"+engineSock)
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	ping = func() (string, bool) {
		c := http.Client{Timeout: 2 * time.Second}
		resp, err := c.Get("http://127.0.0.1:" + local + "/_ping")
		if err != nil {
			return err.Error(), false
		}
		resp.Body.Close()
		return resp.Status, resp.Header.Get("Api-Version") != ""
	}
	return ping, func() { _ = cmd.Process.Kill(); _ = cmd.Wait(); cancel() }
}

// forwardReaches: with this server's key options a local port forwarded to the
// engine's socket answers the Docker API (the control of forwardRefused).
func (s *sshServer) forwardReaches(t *testing.T, engineSock string) {
	t.Helper()
	ping, stop := s.forward(t, engineSock)
	defer stop()
	var last string
	for i := 0; i < 50; i++ {
		var engine bool
		if last, engine = ping(); engine {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Errorf("control: without restrict, a port forward to the engine's socket did not reach it within 10 s (%s); the refusal above proves nothing", last)
}

// forwardRefused: the plan key cannot forward a local port to the engine's
// socket (restrict): a request through the forward gets no Docker answer, and
// sshd logs the refusal.
func (s *sshServer) forwardRefused(t *testing.T, engineSock string) {
	t.Helper()
	ping, stop := s.forward(t, engineSock)
	defer stop()
	refused := func() bool {
		b, _ := os.ReadFile(filepath.Join(s.dir, "sshd.log"))
		return strings.Contains(string(b), "refused streamlocal port forward: originator 127.0.0.1 port ")
	}
	for i := 0; i < 50 && !refused(); i++ {
		if status, engine := ping(); engine {
			t.Fatalf("GET /_ping through the plan key's port forward to the engine answered %s; want the forward refused", status)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !refused() {
		t.Error("ssh -L with the plan key: sshd logged no refused forward within 10s")
	}
}

// productStandIn creates, on the engine, a product container (not the stack's:
// no environment label) whose environment and command hold a password, as the
// product's DATABASE_URL may; straight at the engine, inspect and ps show it
// (the control). It returns the password.
func productStandIn(t *testing.T, e *engine) string {
	t.Helper()
	secret := fmt.Sprintf("product-db-%d", time.Now().UnixNano())
	ctx := context.Background()
	if out, err := e.docker(ctx, "create", "--name", "opsmon-lp-product", "--network", "none",
		"-e", "DATABASE_URL=postgresql://opscenter:"+secret+"@unicorn-postgresql/opscenter",
		probeImage, "--db-password="+secret); err != nil {
		t.Fatalf("creating the product stand-in: %v\n%s", err, out)
	}
	for _, args := range [][]string{{"inspect", "opsmon-lp-product"}, {"ps", "-a", "--no-trunc"}} {
		if out, _ := e.docker(ctx, args...); !strings.Contains(out, secret) {
			t.Fatalf("control: docker %s straight at the engine does not show the product's password:\n%s", strings.Join(args, " "), out)
		}
	}
	return secret
}

// readsNothingOfTheProduct: every read the plan key's proxy passes, done with
// the docker CLI over ssh://, holds no trace of the product's password; the
// product's inspect is refused by name, the stack's own passes.
func (s *sshServer) readsNothingOfTheProduct(t *testing.T, secret string) {
	t.Helper()
	out, err := s.docker("inspect", "opsmon-lp-product")
	if err == nil || !strings.Contains(out, planproxy.NotOwnedMessage) {
		t.Errorf("docker inspect of the product's container with the plan key: err=%v; want the proxy's %q:\n%s", err, planproxy.NotOwnedMessage, out)
	}
	if out, err := s.docker("inspect", "--format", "{{.Name}}", "opsmon-lp-probe"); err != nil || !strings.Contains(out, "opsmon-lp-probe") {
		t.Errorf("docker inspect of the stack's own container with the plan key: err=%v\n%s", err, out)
	}
	for _, args := range [][]string{
		{"inspect", "opsmon-lp-product"},
		{"ps", "-a", "--no-trunc", "--format", "{{json .}}"},
		{"system", "info", "--format", "{{json .}}"},
		{"version", "--format", "{{json .}}"},
		{"image", "ls", "--no-trunc", "--format", "{{json .}}"},
		{"image", "inspect", probeImage},
		{"network", "ls", "--format", "{{json .}}"},
		{"network", "inspect", "none"},
		{"volume", "ls", "--format", "{{json .}}"},
		{"volume", "inspect", "opsmon-lp-data"},
	} {
		out, _ := s.docker(args...)
		if strings.Contains(out, secret) {
			t.Errorf("docker %s with the plan key shows the product's password:\n%s", strings.Join(args, " "), out)
		}
	}
}

// planUserReachesOnlyTheProxy: the plan key's user is in no group but its own,
// the proxy socket's: it connects to the proxy and is refused the engine's
// socket (this machine's, root:docker 0660 as on a host) by the socket's
// permissions. The control: the same user given the socket's group connects.
func planUserReachesOnlyTheProxy(t *testing.T, proxySock string) {
	t.Helper()
	u := ensurePlanUser(t)
	if got := connectAs(t, u, "", proxySock); got != "connected" {
		t.Errorf("the plan key's user, to the plan proxy's socket: %s; want connected", got)
	}
	const engine = "/var/run/docker.sock"
	if got := connectAs(t, u, "", engine); got != "PermissionError Permission denied" {
		t.Errorf("the plan key's user, to the engine's socket: %s; want PermissionError Permission denied", got)
	}
	if got := connectAs(t, u, socketGroup(t, engine), engine); got != "connected" {
		t.Errorf("control: the plan key's user given the engine socket's group: %s; want connected (else the refusal above proves nothing)", got)
	}
}
