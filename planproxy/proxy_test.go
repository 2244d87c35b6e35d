package planproxy

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/render/dockerproxy"
)

const secret = "S3CRET-of-the-product"

// engine is a stand-in Docker engine on a unix socket: the monitoring stack's
// prometheus (labelled staging) and the product's backend, whose environment
// and command hold a password. It records what reached it.
type engine struct {
	mu      sync.Mutex
	reached map[string]bool
}

func (e *engine) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	e.mu.Lock()
	e.reached[r.Method+" "+r.URL.RequestURI()] = true
	e.mu.Unlock()
	own := `{"Id":"aaa","Names":["/prometheus"],"Command":"/bin/prometheus","Labels":{"opsmon.environment":"staging"}}`
	product := `{"Id":"bbb","Names":["/ops-center-direct"],"Command":"uvicorn --db postgres://u:` + secret + `@db","Labels":{"com.docker.compose.project":"ops-center"}}`
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Api-Version", "1.47")
	switch strings.TrimPrefix(r.URL.Path, "/v1.47") {
	case "/containers/json":
		fmt.Fprintf(w, "[%s,%s]", own, product)
	case "/containers/prometheus/json":
		fmt.Fprint(w, `{"Id":"aaa","Config":{"Env":["PATH=/bin"],"Labels":{"opsmon.environment":"staging"}}}`)
	case "/containers/ops-center-direct/json":
		fmt.Fprint(w, `{"Id":"bbb","Config":{"Env":["DATABASE_URL=postgres://u:`+secret+`@db"],"Labels":{}}}`)
	case "/containers/missing/json":
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `{"message":"No such container: missing"}`)
	default:
		fmt.Fprint(w, "{}")
	}
}

func (e *engine) saw(request string) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.reached[request]
}

// start runs the stand-in engine and a proxy owning staging in front of it.
func start(t *testing.T) (*engine, string, *strings.Builder) {
	t.Helper()
	dir, err := os.MkdirTemp("/tmp", "opsmon-planproxy-") // unix socket paths are short
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	e := &engine{reached: map[string]bool{}}
	el, err := net.Listen("unix", filepath.Join(dir, "engine.sock"))
	if err != nil {
		t.Fatal(err)
	}
	go http.Serve(el, e)
	log := &strings.Builder{}
	var mu sync.Mutex
	pl, err := Listen(filepath.Join(dir, "proxy.sock"), 0o660, "")
	if err != nil {
		t.Fatal(err)
	}
	go Serve(pl, New(filepath.Join(dir, "engine.sock"), []string{"staging"}, lockedWriter{&mu, log}))
	t.Cleanup(func() { el.Close(); pl.Close() })
	return e, filepath.Join(dir, "proxy.sock"), log
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// raw sends one request line exactly as given (no client cleans the path).
func raw(t *testing.T, sock, method, path string) (int, string) {
	t.Helper()
	c, err := net.Dial("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprintf(c, "%s %s HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n", method, path)
	resp, err := http.ReadResponse(bufio.NewReader(c), &http.Request{Method: method})
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func message(body string) string {
	var m struct{ Message string }
	_ = json.Unmarshal([]byte(body), &m)
	return m.Message
}

// The plan's reads pass; writes, and reads that hand over contents, output or a
// shell, are refused without reaching the engine, whatever the path's disguise.
func TestOnlyThePlansReadsReachTheEngine(t *testing.T) {
	e, sock, log := start(t)
	for _, c := range []struct {
		method, path string
		pass         bool
	}{
		{"HEAD", "/_ping", true},
		{"GET", "/v1.47/version", true},
		{"GET", "/v1.47/info", true},
		{"GET", "/v1.47/images/prom/prometheus:v3.16.0/json", true},
		{"GET", "/v1.47/networks/unicorn-network", true},
		{"GET", "/v1.47/volumes/opsmon-staging-prometheus-data", true},
		{"POST", "/v1.47/containers/create", false},
		{"POST", "/v1.47/containers/prometheus/exec", false},
		{"DELETE", "/v1.47/volumes/opsmon-staging-prometheus-data", false},
		{"GET", "/v1.47/containers/prometheus/logs", false},
		{"GET", "/v1.47/containers/prometheus/archive", false},
		{"HEAD", "/v1.47/containers/prometheus/json", false},
		{"GET", "/v1.47/containers/..%2Fsecrets/json", false},
		{"GET", "/v1.47/containers/x/../../secrets/json", false},
		{"GET", "//v1.47/containers/json", false},
	} {
		status, body := raw(t, sock, c.method, c.path)
		reached := e.saw(c.method + " " + c.path)
		if c.pass && (status != 200 || !reached) {
			t.Errorf("%s %s: %d, reached %v; want 200 and reached", c.method, c.path, status, reached)
		}
		if !c.pass && (status != 403 || reached) {
			t.Errorf("%s %s: %d, reached %v; want 403 and not reached", c.method, c.path, status, reached)
		}
		if !c.pass && c.method != "HEAD" && message(body) != dockerproxy.RefusedMessage {
			t.Errorf("%s %s: message %q, want %q", c.method, c.path, message(body), dockerproxy.RefusedMessage)
		}
	}
	if !strings.Contains(log.String(), ` 403 "POST /v1.47/containers/create HTTP/1.1" not a read a plan makes`) {
		t.Errorf("the log has no line for the refused create:\n%s", log)
	}
}

// The product's password, in its container's environment and command, is in
// nothing the plan can read; the stack's own container is inspected and listed.
func TestTheProductsContainersAreHidden(t *testing.T) {
	_, sock, _ := start(t)
	status, body := raw(t, sock, "GET", "/v1.47/containers/ops-center-direct/json")
	if status != 403 || message(body) != NotOwnedMessage || strings.Contains(body, secret) {
		t.Errorf("the product's inspect: %d %s; want 403 %q without its environment", status, body, NotOwnedMessage)
	}
	status, body = raw(t, sock, "GET", "/v1.47/containers/prometheus/json")
	if status != 200 || !strings.Contains(body, `"PATH=/bin"`) {
		t.Errorf("the stack's own inspect: %d %s; want 200 with its environment", status, body)
	}
	// Listed, the product's container keeps its id and names (the provider finds
	// a container by id there), not its command line or labels.
	status, body = raw(t, sock, "GET", "/v1.47/containers/json?all=1")
	var list []map[string]any
	if err := json.Unmarshal([]byte(body), &list); status != 200 || err != nil || len(list) != 2 || strings.Contains(body, secret) {
		t.Fatalf("the container list: %d %s; want both, without the product's password", status, body)
	}
	if list[0]["Command"] != "/bin/prometheus" || list[0]["Labels"] == nil {
		t.Errorf("the stack's own entry lost its fields: %v", list[0])
	}
	if list[1]["Id"] != "bbb" || list[1]["Command"] != nil || list[1]["Labels"] != nil {
		t.Errorf("the product's entry: %v; want its id, without command or labels", list[1])
	}
	// The engine's own answer passes as it is: the CLI says "No such container".
	status, body = raw(t, sock, "GET", "/v1.47/containers/missing/json")
	if status != 404 || !strings.Contains(body, "No such container") {
		t.Errorf("a missing container: %d %s; want the engine's 404", status, body)
	}
}

// Another environment's containers on the same engine are not this proxy's.
func TestOwnershipIsTheEnvironmentLabel(t *testing.T) {
	p := New("", []string{"staging"}, nil)
	for labels, want := range map[string]bool{
		`{"opsmon.environment":"staging"}`:    true,
		`{"opsmon.environment":"production"}`: false,
		`{"opsmon.environment":""}`:           false,
		`{"opsmon.stack":"staging-host"}`:     false,
		`{}`:                                  false,
	} {
		var l map[string]string
		_ = json.Unmarshal([]byte(labels), &l)
		if got := p.owns(l); got != want {
			t.Errorf("owns(%s) = %v, want %v", labels, got, want)
		}
	}
}

// The socket is created with the mode asked for; a file in its place that is
// not a socket is refused, naming the flag.
func TestListenSetsTheModeAndRefusesAFile(t *testing.T) {
	dir, err := os.MkdirTemp("/tmp", "opsmon-planproxy-") // unix socket paths are short
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	sock := filepath.Join(dir, "p.sock")
	l, err := Listen(sock, 0o660, "")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close() // closing removes the socket
	if fi, err := os.Stat(sock); err != nil || fi.Mode().Perm() != 0o660 {
		t.Errorf("socket: %v, %v; want mode 0660", fi, err)
	}
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o600)
	if _, err := Listen(file, 0o660, ""); err == nil || !strings.Contains(err.Error(), "is not a socket; remove it or choose another -listen") {
		t.Errorf("Listen over a file: %v", err)
	}
	if _, err := Listen(filepath.Join(dir, "q.sock"), 0o660, "no-such-group-opsmon"); err == nil || !strings.Contains(err.Error(), `-group "no-such-group-opsmon"`) {
		t.Errorf("Listen with an unknown group: %v", err)
	}
}
