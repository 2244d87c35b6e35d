//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// TestS3State keeps staging's state in a real S3-compatible server, SeaweedFS's
// weed (built by make setup), started by the test on 127.0.0.1: the stand-in's
// host stack is deployed with the s3 backend the environment file names, its state
// is an object in the bucket, tofu's lockfile in the bucket refuses a concurrent
// plan, and a destroy leaves the state object empty of containers.
func TestS3State(t *testing.T) {
	uses(t, machineEngine, stagingSynth)
	requireEngineFree(t)
	w := startWeed(t)
	s := newStandInState(t, w.store)
	steps := []step{
		{"deploy staging-host with its state in the bucket", func(t *testing.T) { w.deploy(t, s) }},
		{"the lockfile in the bucket refuses a concurrent plan", func(t *testing.T) { w.lockHolds(t, s) }},
		{"destroy empties the state object", func(t *testing.T) { w.destroy(t, s) }},
	}
	runInOrder(t, steps)
}

// weedS3 is a SeaweedFS server (master, volume, filer and S3 gateway in one
// process) on 127.0.0.1 with a throwaway data folder. Its one S3 identity is
// the admin that AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY create at its start;
// anonymous requests are refused.
type weedS3 struct {
	store   *s3Store
	curlCfg string // curl's config file holding the credentials (0600), off the command line
	log     string
}

const stateBucket = "opsmon-state"

func startWeed(t *testing.T) *weedS3 {
	t.Helper()
	weed := filepath.Join(toolBin(), "weed")
	if _, err := os.Stat(weed); err != nil {
		t.Fatalf("weed missing (%v); run make setup", err)
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	if err := os.Mkdir(data, 0o700); err != nil {
		t.Fatal(err)
	}
	ports := freePorts(t, 8)
	now := time.Now().UnixNano()
	w := &weedS3{log: filepath.Join(dir, "weed.log"), curlCfg: filepath.Join(dir, "curl.cfg"), store: &s3Store{
		endpoint: "http://127.0.0.1:" + ports[0], bucket: stateBucket, region: "us-east-1", key: "opsmon",
		accessKey: fmt.Sprintf("opsmontest%d", now%1e9), secretKey: fmt.Sprintf("s3-secret-%d", now),
	}}
	logf, err := os.Create(w.log)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(weed, "server", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", "-dir="+data,
		"-s3", "-s3.port="+ports[0], "-s3.port.grpc="+ports[1],
		"-master.port="+ports[2], "-master.port.grpc="+ports[3],
		"-volume.port="+ports[4], "-volume.port.grpc="+ports[5],
		"-filer.port="+ports[6], "-filer.port.grpc="+ports[7],
		"-filer.localSocket="+filepath.Join(dir, "filer.sock"), "-s3.localSocket="+filepath.Join(dir, "s3.sock"),
		// Nothing leaves this machine: no usage report, no Iceberg or Lance listeners.
		"-master.telemetry=false", "-s3.port.iceberg=0", "-s3.port.lance=0",
		"-volume.max=8", "-master.volumeSizeLimitMB=64")
	cmd.Stdout, cmd.Stderr = logf, logf
	// The s3 backend sends encrypt=true (SSE-S3), which weed serves only with a key;
	// a throwaway one derives it.
	cmd.Env = append(os.Environ(), "AWS_ACCESS_KEY_ID="+w.store.accessKey, "AWS_SECRET_ACCESS_KEY="+w.store.secretKey,
		fmt.Sprintf("WEED_S3_SSE_KEY=sse-%d", now))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		// weed shuts down slowly on SIGTERM; its data is thrown away, so a bounded
		// wait then SIGKILL.
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		logf.Close()
		for _, p := range []string{ports[1], ports[3], ports[5], ports[7]} {
			for _, svc := range []string{"s3", "master", "volume", "filer"} {
				os.Remove(fmt.Sprintf("/tmp/seaweedfs-%s-grpc-%s.sock", svc, p))
			}
		}
		if t.Failed() {
			b, _ := os.ReadFile(w.log)
			t.Logf("weed's log (tail):\n%s", tail(string(b), 30))
		}
	})
	cfg := fmt.Sprintf("user = \"%s:%s\"\naws-sigv4 = \"aws:amz:%s:s3\"\nheader = \"x-amz-content-sha256: UNSIGNED-PAYLOAD\"\n",
		w.store.accessKey, w.store.secretKey, w.store.region)
	if err := os.WriteFile(w.curlCfg, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	eventually(t, time.Minute, 500*time.Millisecond, "weed's S3 gateway answers", func() string {
		select {
		case <-exited:
			b, _ := os.ReadFile(w.log)
			t.Fatalf("weed exited:\n%s", tail(string(b), 30))
		default:
		}
		// Anonymous: refused once the gateway is up with its identity.
		if code, _ := w.s3(t, false, "GET", "/"); code != 403 {
			return fmt.Sprintf("anonymous GET / = %d, want 403", code)
		}
		return ""
	})
	// The filer may need a moment more before a bucket can be created.
	eventually(t, time.Minute, time.Second, "bucket "+stateBucket+" created", func() string {
		if code, body := w.s3(t, true, "PUT", "/"+stateBucket); code != 200 {
			return fmt.Sprintf("PUT /%s = %d %s", stateBucket, code, tail(body, 3))
		}
		return ""
	})
	t.Logf("weed serving S3 at %s after %s; bucket %s created", w.store.endpoint, time.Since(start).Round(100*time.Millisecond), stateBucket)
	return w
}

// s3 sends one request to the gateway, signed with the admin's key when signed,
// and returns the status code and body.
func (w *weedS3) s3(t *testing.T, signed bool, method, path string) (int, string) {
	t.Helper()
	args := []string{"-sS", "--max-time", "10", "-X", method, "-w", "\n%{http_code}"}
	if signed {
		args = append(args, "-K", w.curlCfg)
	}
	out, err := exec.Command("curl", append(args, w.store.endpoint+path)...).Output()
	if err != nil {
		return 0, err.Error()
	}
	i := strings.LastIndex(string(out), "\n")
	var code int
	fmt.Sscan(string(out[i+1:]), &code)
	return code, string(out[:max(i, 0)])
}

var s3Key = regexp.MustCompile(`<Key>([^<]*)</Key>`)

// keys lists the bucket's objects under the environment's key prefix via the S3
// API (ListObjectsV2).
func (w *weedS3) keys(t *testing.T) []string {
	t.Helper()
	// curl's SigV4 signs the query as written: the prefix's slash goes encoded.
	code, body := w.s3(t, true, "GET", "/"+stateBucket+"?list-type=2&prefix="+w.store.key+"%2F")
	if code != 200 {
		t.Fatalf("list %s: %d %s", stateBucket, code, body)
	}
	var keys []string
	for _, m := range s3Key.FindAllStringSubmatch(body, -1) {
		keys = append(keys, m[1])
	}
	return keys
}

func (w *weedS3) stateKey() string { return w.store.key + "/staging-host.tfstate" }

func (w *weedS3) deploy(t *testing.T, s *standIn) {
	out := s.deploy(t, "staging-host")
	if !strings.Contains(out, `Successfully configured the backend "s3"`) {
		t.Errorf("the deploy's init did not configure the s3 backend:\n%s", tail(out, 40))
	}
	keys := w.keys(t)
	t.Logf("objects in s3://%s/%s/ after the deploy: %v", stateBucket, w.store.key, keys)
	if len(keys) != 1 || keys[0] != w.stateKey() {
		t.Fatalf("bucket holds %v, want exactly %s", keys, w.stateKey())
	}
	code, state := w.s3(t, true, "GET", "/"+stateBucket+"/"+w.stateKey())
	if code != 200 || !strings.Contains(state, `"docker_container"`) {
		t.Fatalf("GET %s = %d; want the state holding the containers:\n%s", w.stateKey(), code, tail(state, 10))
	}
	var doc struct {
		Serial    int `json:"serial"`
		Resources []struct {
			Type string `json:"type"`
			Name string `json:"name"`
		} `json:"resources"`
	}
	if err := json.Unmarshal([]byte(state), &doc); err != nil {
		t.Fatalf("%s is not a state document: %v", w.stateKey(), err)
	}
	var containers []string
	for _, r := range doc.Resources {
		if r.Type == "docker_container" {
			containers = append(containers, r.Name)
		}
	}
	t.Logf("%s: %d bytes, serial %d, %d resources, containers %v", w.stateKey(), len(state), doc.Serial, len(doc.Resources), containers)
	if code, _ := w.s3(t, false, "GET", "/"+stateBucket+"/"+w.stateKey()); code != 403 {
		t.Errorf("anonymous GET of the state = %d, want 403", code)
	}
	synth, err := os.ReadFile(filepath.Join(root, "cdktf.out/stacks/staging-host/cdk.tf.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(synth), w.store.endpoint) {
		t.Errorf("the synthesized backend does not name the endpoint %s", w.store.endpoint)
	}
	s.noSecretIn(t, "the synthesized JSON", string(synth))
	s.noSecretIn(t, "the state in S3", state)
	for _, c := range []string{model.Prometheus, model.Alertmanager} {
		if h := health(c); h != "healthy" {
			t.Errorf("%s is %q, want healthy", c, h)
		}
	}
}

// lockHolds has tofu take the lock (a destroy waiting at its prompt): the
// lockfile is an object beside the state; a second plan's conditional PUT of it is
// refused (412) and the plan fails; the declined destroy removes the lockfile.
func (w *weedS3) lockHolds(t *testing.T, s *standIn) {
	lockKey := w.stateKey() + ".tflock"
	holder := s.tofu("destroy", "-input=true", "-no-color")
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var holderOut strings.Builder
	holder.Stdout, holder.Stderr = &holderOut, &holderOut
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); holder.Wait() }()
	eventually(t, time.Minute, 500*time.Millisecond, "the destroy waits at its prompt, holding the lock", func() string {
		if !strings.Contains(holderOut.String(), "Enter a value:") {
			return "no prompt yet"
		}
		return ""
	})
	keys := w.keys(t)
	t.Logf("objects in s3://%s/%s/ while the lock is held: %v", stateBucket, w.store.key, keys)
	if !strings.Contains(strings.Join(keys, " "), lockKey) {
		t.Fatalf("no lockfile %s in the bucket while the destroy holds the lock: %v", lockKey, keys)
	}
	out, err := s.tofu("plan", "-input=false", "-no-color", "-lock-timeout=2s").CombinedOutput()
	t.Logf("concurrent plan (exit %v):\n%s", err, strings.TrimSpace(string(out)))
	for _, want := range []string{"Error acquiring the state lock", "PreconditionFailed", "Path:      " + stateBucket + "/" + w.stateKey()} {
		if err == nil || !strings.Contains(string(out), want) {
			t.Fatalf("a plan under the held lock was not refused with %q: err=%v", want, err)
		}
	}
	// The plain deploy under the held lock stops, and says who holds it, since
	// when, and the exact command that releases it, without running it.
	deploy := exec.Command("scripts/stack.sh", "deploy", "staging")
	deploy.Dir, deploy.Env = root, s.env()
	dout, derr := deploy.CombinedOutput()
	hint := ""
	for _, line := range strings.Split(string(dout), "\n") {
		if strings.Contains(line, "holds the state lock of staging-host since") || strings.Contains(line, "tofu force-unlock -force ") {
			hint += line + "\n"
		}
	}
	t.Logf("the deploy under the held lock (exit %v) said:\n%s", derr, hint)
	if derr == nil || !strings.Contains(hint, "(cd cdktf.out/stacks/staging-host && tofu force-unlock -force ") {
		t.Fatalf("the deploy under the held lock did not name the release command: err=%v\n%s", derr, tail(string(dout), 30))
	}
	fmt.Fprintln(stdin, "no")
	eventually(t, 30*time.Second, 500*time.Millisecond, "lockfile removed after the declined destroy", func() string {
		if k := w.keys(t); len(k) != 1 {
			return fmt.Sprint(k)
		}
		return ""
	})
	if h := health(model.Prometheus); h != "healthy" {
		t.Fatalf("prometheus is %q after the declined destroy", h)
	}
}

func (w *weedS3) destroy(t *testing.T, s *standIn) {
	s.run(t, "scripts/stack.sh", "destroy", "staging")
	code, state := w.s3(t, true, "GET", "/"+stateBucket+"/"+w.stateKey())
	if code != 200 || strings.Contains(state, `"docker_container"`) {
		t.Fatalf("GET %s after destroy = %d; want the state without containers:\n%s", w.stateKey(), code, tail(state, 10))
	}
	if exec.Command("docker", "container", "inspect", model.Prometheus).Run() == nil {
		t.Errorf("%s still exists after the destroy", model.Prometheus)
	}
	t.Logf("after the destroy, %s holds no container (%d bytes); objects: %v", w.stateKey(), len(state), w.keys(t))
}

// freePorts returns n distinct ports free on 127.0.0.1 now.
func freePorts(t *testing.T, n int) []string {
	t.Helper()
	seen := map[string]bool{}
	var ports []string
	for i := 0; len(ports) < n && i < 10*n; i++ {
		p := freePort(t)
		if !seen[p] {
			seen[p] = true
			ports = append(ports, p)
		}
	}
	if len(ports) < n {
		t.Fatalf("only %d distinct free ports", len(ports))
	}
	return ports
}
