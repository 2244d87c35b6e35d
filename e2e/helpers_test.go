//go:build e2e

// Package e2e deploys the local environment to the real Docker engine and checks
// it from outside, as an operator would. Every request goes to 127.0.0.1 and
// every wait is bounded.
//
// Every test runs in parallel and holds the parts it shares with others
// (share_test.go): the tests on this machine's engine share its container names
// and run one after another; tests that bring their own engine (a second dockerd)
// or database and work in their own clones run beside them from the start. What
// those share with each other is serialized too: the second engines' bridges
// (ownBridge) and docs/BENCHMARKS.md (writeDocSection).
package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

const promURL = "http://127.0.0.1:9090"

var root, _ = filepath.Abs("..")

// run executes a command from the repo root and returns its output; it fails the
// test with the output's tail when the command fails.
func run(t *testing.T, env []string, name string, args ...string) string {
	t.Helper()
	out, err := runOut(env, name, args...)
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, tail(out, 60))
	}
	return out
}

// runOut executes a command from the repo root with env added to the environment.
func runOut(env []string, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// toolBin is the folder of the tools setup built: OPSMON_BIN, as test.sh sets it.
func toolBin() string {
	if bin := os.Getenv("OPSMON_BIN"); bin != "" {
		return bin
	}
	return filepath.Join(root, ".cache/bin")
}

func tail(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// step is one step of a test whose steps share one deployment.
type step struct {
	name string
	fn   func(*testing.T)
}

// runInOrder runs steps as subtests in order and stops at the first that fails,
// returning its name ("" when every step passed).
func runInOrder(t *testing.T, steps []step) string {
	t.Helper()
	for _, s := range steps {
		if !t.Run(s.name, s.fn) {
			return s.name
		}
	}
	return ""
}

// eventually polls cond every step until it returns "" or the bound passes.
func eventually(t *testing.T, bound, step time.Duration, what string, cond func() string) {
	t.Helper()
	deadline := time.Now().Add(bound)
	for {
		why := cond()
		if why == "" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not true after %s: %s", what, bound, why)
		}
		time.Sleep(step)
	}
}

// eventuallyHasData polls the PromQL expr every 2s until it returns a sample, failing
// with lost after the bound.
func eventuallyHasData(t *testing.T, bound time.Duration, what, expr, lost string) {
	t.Helper()
	eventually(t, bound, 2*time.Second, what, func() string {
		res, err := query(expr)
		if err != nil {
			return err.Error()
		}
		if len(res) == 0 {
			return lost
		}
		return ""
	})
}

// client authenticates to the local Prometheus and Alertmanager; anonymous is an
// outsider with no credentials.
var (
	client    = http.Client{Timeout: 10 * time.Second, Transport: asOperator{}}
	anonymous = http.Client{Timeout: 10 * time.Second}
)

func getJSON(u string, v any) error { return getJSONWith(&client, u, v) }

func getJSONWith(c *http.Client, u string, v any) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

type sample struct {
	Metric map[string]string `json:"metric"`
	Value  [2]any            `json:"value"`
}

// query runs an instant PromQL query against the local Prometheus.
func query(expr string) ([]sample, error) {
	var body struct {
		Status string `json:"status"`
		Data   struct {
			Result []sample `json:"result"`
		} `json:"data"`
	}
	if err := getJSON(promURL+"/api/v1/query?query="+url.QueryEscape(expr), &body); err != nil {
		return nil, err
	}
	return body.Data.Result, nil
}

type target struct {
	Labels    map[string]string `json:"labels"`
	Health    string            `json:"health"`
	LastError string            `json:"lastError"`
}

func targets() ([]target, error) {
	var body struct {
		Data struct {
			ActiveTargets []target `json:"activeTargets"`
		} `json:"data"`
	}
	err := getJSON(promURL+"/api/v1/targets?state=active", &body)
	return body.Data.ActiveTargets, err
}

// destroysLocalAtEnd registers, for a test that deploys the local environment
// (envVars: its OPSMON_ENV_DIR, if any), the destroy at its end, and the purge of
// the data volumes when none existed before it: those are then the test's own.
func destroysLocalAtEnd(t *testing.T, env model.Environment, envVars []string) {
	t.Helper()
	fresh := !anyVolumeExists(env.DataVolumes())
	t.Cleanup(func() {
		if out, err := runOut(envVars, "scripts/stack.sh", "destroy", "local"); err != nil {
			t.Logf("cleanup: destroy: %v\n%s", err, tail(out, 20))
		}
		if fresh {
			if out, err := runOut(nil, "scripts/purge.sh", "local"); err != nil {
				t.Logf("cleanup: purge: %v\n%s", err, tail(out, 20))
			}
		}
	})
}

// ownLocalStack starts a test that deploys the repo's local environment on its
// lane's engine, which must hold no stack yet, and destroys it at the end.
func ownLocalStack(t *testing.T) model.Environment {
	t.Helper()
	uses(t, machineEngine)
	requireEngineFree(t)
	env, err := model.LoadEnvironment(filepath.Join(root, "environments"), "local")
	if err != nil {
		t.Fatal(err)
	}
	destroysLocalAtEnd(t, env, nil)
	return env
}

// background is a command running beside the test: its output so far, and its
// exit once it ends.
type background struct {
	cmd  *exec.Cmd
	out  *strings.Builder
	done chan error
}

// startIn starts args in dir with env added to this process's environment.
func startIn(t *testing.T, dir string, env []string, args ...string) *background {
	t.Helper()
	b := &background{cmd: exec.Command(args[0], args[1:]...), out: &strings.Builder{}, done: make(chan error, 1)}
	b.cmd.Dir, b.cmd.Env = dir, append(os.Environ(), env...)
	b.cmd.Stdout, b.cmd.Stderr = b.out, b.out
	if err := b.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { b.done <- b.cmd.Wait() }()
	return b
}
