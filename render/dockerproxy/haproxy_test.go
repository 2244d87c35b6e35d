package dockerproxy

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

func TestCommittedConfigIsTheRendering(t *testing.T) {
	files, _ := Files(model.Environment{})
	got, err := os.ReadFile(filepath.Join("../..", ConfigPath))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(files[ConfigPath]) {
		t.Errorf("%s differs from its rendering; run make render", ConfigPath)
	}
}

// haproxyBinary is Debian's haproxy (setup installs it); without it the test skips,
// unless the tools are required (make test).
func haproxyBinary(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("haproxy")
	if err != nil {
		p = "/usr/sbin/haproxy"
		if _, err = os.Stat(p); err != nil {
			if os.Getenv("OPSMON_REQUIRE_TOOLS") == "1" {
				t.Fatalf("haproxy missing: %v; run make setup", err)
			}
			t.Skip("haproxy not installed; run make setup")
		}
	}
	return p
}

// TestHAProxyAppliesTheRules runs the rendered config in real HAProxy in front of
// a recording HTTP server on a unix socket, sends every request of the table as
// raw HTTP (so no client cleans the path), and checks HAProxy's answer and what
// reached the backend agree with DiscoveryReads.
func TestHAProxyAppliesTheRules(t *testing.T) {
	bin := haproxyBinary(t)
	// unix socket paths are limited to 108 bytes: keep them short.
	dir, err := os.MkdirTemp("/tmp", "opsmon-dockerproxy-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	engine, proxy, cfg := filepath.Join(dir, "engine.sock"), filepath.Join(dir, "proxy.sock"), filepath.Join(dir, "haproxy.cfg")
	if err := os.WriteFile(cfg, []byte(Config()), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "-c", "-f", cfg).CombinedOutput(); err != nil {
		t.Fatalf("haproxy -c: %v\n%s", err, out)
	}

	var mu sync.Mutex
	seen := map[string]bool{}
	l, err := net.Listen("unix", engine)
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen[r.Method+" "+r.RequestURI] = true
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, "{}")
	})}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })

	cmd := Command(bin, cfg, engine, proxy)
	var logs strings.Builder
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	waitForSocket(t, proxy, &logs)

	for _, r := range discoveryRequests {
		status, body := rawRequest(t, proxy, r.method, r.path)
		mu.Lock()
		reached := seen[r.method+" "+r.path]
		mu.Unlock()
		if r.pass {
			if status != http.StatusOK || !reached {
				t.Errorf("%s %s: status %d, reached the engine %v; want 200 and reached", r.method, r.path, status, reached)
			}
			continue
		}
		if status != http.StatusForbidden || reached {
			t.Errorf("%s %s: status %d, reached the engine %v; want 403 and not reached", r.method, r.path, status, reached)
			continue
		}
		var msg struct{ Message string }
		if r.method != "HEAD" && (json.Unmarshal(body, &msg) != nil || msg.Message != DiscoveryRefusedMessage) {
			t.Errorf("%s %s: 403 body %q, want the Docker error shape with %q", r.method, r.path, body, DiscoveryRefusedMessage)
		}
	}
	if t.Failed() {
		t.Logf("haproxy log:\n%s", logs.String())
	}
}

func waitForSocket(t *testing.T, path string, logs fmt.Stringer) {
	t.Helper()
	for i := 0; i < 100; i++ {
		if c, err := net.Dial("unix", path); err == nil {
			c.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("haproxy did not listen on %s within 5s:\n%s", path, logs)
}

// rawRequest sends one HTTP/1.1 request line exactly as given.
func rawRequest(t *testing.T, sock, method, path string) (int, []byte) {
	t.Helper()
	c, err := net.Dial("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprintf(c, "%s %s HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n", method, path)
	req := &http.Request{Method: method}
	resp, err := http.ReadResponse(bufio.NewReader(c), req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}
