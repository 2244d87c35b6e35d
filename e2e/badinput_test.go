//go:build e2e

package e2e

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/lint"
	"github.com/magicunicorn/ops-center-monitoring/model"
	renderdash "github.com/magicunicorn/ops-center-monitoring/render/dashboards"
)

// TestBadSourceStopsTheDeploy breaks the Go sources the way a careless change
// would, without touching the repository (the go command's -overlay swaps one file
// for an edited copy in every build the deploy makes), and runs the real
// `scripts/stack.sh deploy local`: each must stop before anything is applied, with
// an error naming what is wrong and where. The unit tests of alerts, render/rules
// and lint prove the same messages on a catalog or dashboard in memory; this proves
// the deploy path runs those checks. A malformed environment file and missing
// secrets are refused by the script itself (checks/badinput_test.go).
func TestBadSourceStopsTheDeploy(t *testing.T) {
	uses(t, machineEngine)
	catalogWith := func(change func(groups []alerts.Group) []alerts.Group) string {
		err := alerts.Validate(change(alerts.Catalog()), alerts.RecordingRules())
		if err == nil {
			t.Fatal("the changed catalog passes alerts.Validate")
		}
		return "alert catalog: " + err.Error()
	}
	cases := []struct {
		name, file, old, new string
		want                 func() string
	}{
		{name: "alert with invalid PromQL", file: "alerts/api.go",
			old: "Expr:     RecAPIErrorRatio5m + ` > 0.05`", new: "Expr:     \"sum(\" + RecAPIErrorRatio5m + ` > 0.05`",
			want: func() string {
				return catalogWith(func(gs []alerts.Group) []alerts.Group {
					a := find(t, gs, "api", "HighErrorRate")
					a.Expr = "sum(" + a.Expr // the source edit's effect, whatever follows the threshold
					return gs
				})
			}},
		{name: "duplicate alert name", file: "alerts/api.go",
			old: "return []Alert{highErrorRate(), highAPILatency(), highAuthFailureRate()}",
			new: "return []Alert{highErrorRate(), highAPILatency(), highAuthFailureRate(), opsCenterDown()}",
			want: func() string {
				return catalogWith(func(gs []alerts.Group) []alerts.Group {
					dup := *find(t, gs, "availability", "OpsCenterDown")
					api := findGroup(t, gs, "api")
					api.Alerts = append(api.Alerts, dup)
					return gs
				})
			}},
		{name: "dashboard naming an unknown metric", file: "dashboards/api_performance.go",
			old: `apiRequests = "ops_center_api_requests_total"`, new: `apiRequests = "ops_center_api_request_total"`,
			want: func() string {
				files, err := renderdash.Files()
				if err != nil {
					t.Fatal(err)
				}
				for p, b := range files {
					files[p] = []byte(strings.ReplaceAll(string(b), "ops_center_api_requests_total", "ops_center_api_request_total"))
				}
				err = lint.CheckRendered(root, files)
				if err == nil {
					t.Fatal("the changed dashboards pass lint.CheckRendered")
				}
				return err.Error()
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := c.want()
			overlay := overlayFile(t, c.file, c.old, c.new)
			before := applied(t)
			fresh := !anyVolumeExists(localDataVolumes(t))
			out, err := runOut([]string{"GOFLAGS=" + strings.TrimSpace(os.Getenv("GOFLAGS")+" -overlay="+overlay)},
				"scripts/stack.sh", "deploy", "local")
			if err == nil {
				// Take the stack down again, with the volumes it made: the tests after
				// this one need the engine as they found it.
				for _, cmd := range [][]string{{"scripts/stack.sh", "destroy", "local"}, {"scripts/purge.sh", "local"}} {
					if cmd[0] == "scripts/purge.sh" && !fresh {
						continue
					}
					if out, err := runOut(nil, cmd[0], cmd[1:]...); err != nil {
						t.Logf("cleanup: %s: %v\n%s", strings.Join(cmd, " "), err, tail(out, 20))
					}
				}
				t.Fatalf("deploy with %s succeeded:\n%s", c.name, tail(out, 40))
			}
			// Every line of the check's message, as the operator reads it.
			for _, line := range strings.Split(want, "\n") {
				if !strings.Contains(out, strings.TrimSpace(line)) {
					t.Errorf("deploy output lacks %q:\n%s", strings.TrimSpace(line), tail(out, 40))
				}
			}
			if after := applied(t); after != before {
				t.Errorf("something was applied despite %s:\nbefore %s\nafter  %s", c.name, before, after)
			}
		})
	}
}

func findGroup(t *testing.T, gs []alerts.Group, group string) *alerts.Group {
	for i := range gs {
		if gs[i].Name == group {
			return &gs[i]
		}
	}
	t.Fatalf("no alert group %s", group)
	return nil
}

func find(t *testing.T, gs []alerts.Group, group, name string) *alerts.Alert {
	g := findGroup(t, gs, group)
	for i := range g.Alerts {
		if g.Alerts[i].Name == name {
			return &g.Alerts[i]
		}
	}
	t.Fatalf("no alert %s in group %s", name, group)
	return nil
}

// overlayFile writes an -overlay JSON replacing repo file rel by a copy in which
// old (which must occur) is replaced by new.
func overlayFile(t *testing.T, rel, old, new string) string {
	src, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), old) {
		t.Fatalf("%s no longer contains %q; update the test", rel, old)
	}
	dir := t.TempDir()
	edited := filepath.Join(dir, filepath.Base(rel))
	if err := os.WriteFile(edited, []byte(strings.Replace(string(src), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(map[string]any{"Replace": map[string]string{filepath.Join(root, rel): edited}})
	path := filepath.Join(dir, "overlay.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// applied fingerprints what a deploy changes: the state files and the containers
// of the local environment (name, id and start time).
func applied(t *testing.T) string {
	h := sha256.New()
	states, _ := filepath.Glob(filepath.Join(root, "state", "*"))
	for _, p := range states {
		b, _ := os.ReadFile(p)
		fmt.Fprintf(h, "%s %x\n", filepath.Base(p), sha256.Sum256(b))
	}
	env, err := model.LoadEnvironment(filepath.Join(root, "environments"), "local")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range env.Containers() {
		out, _ := exec.Command("docker", "inspect", "-f", "{{.Id}} {{.State.StartedAt}}", c.Name).Output()
		fmt.Fprintf(h, "%s %s", c.Name, out)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func localDataVolumes(t *testing.T) []string {
	t.Helper()
	env, err := model.LoadEnvironment(filepath.Join(root, "environments"), "local")
	if err != nil {
		t.Fatal(err)
	}
	return env.DataVolumes()
}
