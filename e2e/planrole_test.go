//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/pgroles"
)

// planOnlyEnv is how a pull-request plan reads pg state with the plan role: the
// pg backend creates no schema, table or index (PG_SKIP_*_CREATION, read by the
// backend at init), and plans run with -lock=false (no lock row to write).
var planOnlyEnv = []string{"PG_SKIP_SCHEMA_CREATION=true", "PG_SKIP_TABLE_CREATION=true", "PG_SKIP_INDEX_CREATION=true"}

// TestPlanRoleOnlyReadsState: on a real PostgreSQL holding production's state
// roles from `opsmon pg-roles`, the deploy role applies a tiny stack; the plan
// role, from a fresh working folder, plans it with no changes, and every write it
// tries (tofu apply, tofu init without the skips, INSERT, UPDATE, DELETE, CREATE)
// is refused with PostgreSQL's permission error; the state row is unchanged.
// Then two saved plans are made from one state: applying the first works, and the
// second is refused as stale.
func TestPlanRoleOnlyReadsState(t *testing.T) {
	uses(t) // its own engine or database: beside the tests of this machine's engine
	pg := startPostgres(t)
	env, err := model.LoadEnvironment(filepath.Join(root, "environments"), "production")
	if err != nil {
		t.Fatal(err)
	}
	sql, err := pgroles.SQL(env)
	if err != nil {
		t.Fatal(err)
	}
	pg.admin(t, sql)
	pg.admin(t, sql) // re-running it is safe
	deployPW, deployConn := pg.setPassword(t, env.PgDeployRole())
	planPW, planConn := pg.setPassword(t, env.PgPlanRole())
	schema := env.State.PgSchema(model.HostStack(env.Name))
	deployer := newTinyStack(t, schema, "PG_CONN_STR="+deployConn)
	planner := newTinyStack(t, schema, append([]string{"PG_CONN_STR=" + planConn}, planOnlyEnv...)...)
	states := schema + ".states"
	stateRow := func() string {
		out, err := pg.as(env.PgDeployRole(), deployPW, "SELECT md5(data) FROM "+states+" WHERE name = 'default';")
		if err != nil || out == "" {
			t.Fatalf("reading the state row as the deploy role: %v %s", err, out)
		}
		return out
	}

	runInOrder(t, []step{
		{"the deploy role applies the stack, writing state", func(t *testing.T) {
			deployer.mustTofu(t, "init")
			deployer.mustTofu(t, "apply", "-auto-approve", "-var", "v=one")
		}},
		{"the plan role plans it from a fresh folder: no changes", func(t *testing.T) {
			planner.mustTofu(t, "init")
			out := planner.mustTofu(t, "plan", "-lock=false", "-detailed-exitcode", "-var", "v=one")
			if !strings.Contains(out, "No changes.") {
				t.Errorf("the plan role's plan is not a no-op:\n%s", tail(out, 20))
			}
		}},
		{"the plan role cannot write state", func(t *testing.T) {
			before := stateRow()
			out, err := planner.tofu("apply", "-auto-approve", "-lock=false", "-var", "v=two")
			if err == nil || !strings.Contains(out, "permission denied for table states") {
				t.Errorf("tofu apply as the plan role: err=%v; want PostgreSQL's permission denied for table states:\n%s", err, tail(out, 20))
			}
			// Without the skips, init tries to create the id sequence in public.
			noSkips := newTinyStack(t, schema, "PG_CONN_STR="+planConn)
			out, err = noSkips.tofu("init")
			if err == nil || !strings.Contains(out, "permission denied for schema public") {
				t.Errorf("tofu init as the plan role without PG_SKIP_*: err=%v; want permission denied for schema public:\n%s", err, tail(out, 20))
			}
			for sql, want := range map[string]string{
				"INSERT INTO " + states + " (name, data) VALUES ('intruder', '{}');": "ERROR:  permission denied for table states",
				"UPDATE " + states + " SET data = '{}';":                             "ERROR:  permission denied for table states",
				"DELETE FROM " + states + ";":                                        "ERROR:  permission denied for table states",
				"CREATE TABLE " + schema + ".intruder (a int);":                      "ERROR:  permission denied for schema " + schema,
				"CREATE TABLE public.intruder (a int);":                              "ERROR:  permission denied for schema public",
				"CREATE TEMP TABLE intruder (a int);":                                `ERROR:  permission denied to create temporary tables in database "postgres"`,
				"CREATE SCHEMA intruder;":                                            "ERROR:  permission denied for database postgres",
			} {
				out, err := pg.as(env.PgPlanRole(), planPW, sql)
				if err == nil || !strings.HasPrefix(out, want) {
					t.Errorf("%s as the plan role: err=%v, output %q; want %q", sql, err, out, want)
				}
			}
			if after := stateRow(); after != before {
				t.Errorf("the state row changed under the plan role: md5 %s -> %s", before, after)
			}
		}},
		{"another login of the cluster cannot connect to the state database", func(t *testing.T) {
			// As the product's own role would be, where the state shares its cluster.
			pg.admin(t, "CREATE ROLE product_app LOGIN;")
			pw, _ := pg.setPassword(t, "product_app")
			// Control: with CONNECT granted the probe gets in.
			pg.admin(t, "GRANT CONNECT ON DATABASE postgres TO product_app;")
			if out, err := pg.as("product_app", pw, "SELECT 1;"); err != nil || out != "1" {
				t.Fatalf("control: product_app with CONNECT granted: err=%v, %q", err, out)
			}
			pg.admin(t, "REVOKE CONNECT ON DATABASE postgres FROM product_app;")
			out, err := pg.as("product_app", pw, "SELECT 1;")
			if err == nil || !strings.Contains(out, `permission denied for database "postgres"`) {
				t.Errorf("product_app without a grant: err=%v, %q; want PostgreSQL's permission denied for database", err, out)
			}
		}},
		{"a saved plan applies; a second plan of the same state is refused as stale", func(t *testing.T) {
			planner.mustTofu(t, "plan", "-lock=false", "-var", "v=two", "-out", "first.tfplan")
			planner.mustTofu(t, "plan", "-lock=false", "-var", "v=three", "-out", "second.tfplan")
			// The deploy job applies exactly the reviewed file, with its own role.
			for _, p := range []string{"first.tfplan", "second.tfplan"} {
				copyFile(t, filepath.Join(planner.dir, p), filepath.Join(deployer.dir, p))
			}
			deployer.mustTofu(t, "apply", "first.tfplan")
			out, err := deployer.tofu("apply", "second.tfplan")
			if err == nil || !strings.Contains(out, "Saved plan is stale") {
				t.Errorf("applying a plan made before another apply: err=%v; want tofu's Saved plan is stale:\n%s", err, tail(out, 20))
			}
			var st struct {
				Values struct {
					RootModule struct {
						Resources []struct {
							Values struct{ Input string } `json:"values"`
						} `json:"resources"`
					} `json:"root_module"`
				} `json:"values"`
			}
			if err := json.Unmarshal([]byte(deployer.mustTofu(t, "show", "-json")), &st); err != nil {
				t.Fatal(err)
			}
			if r := st.Values.RootModule.Resources; len(r) != 1 || r[0].Values.Input != "two" {
				t.Errorf("state after the stale apply: %+v; want the first plan's input two", r)
			}
		}},
		// Last: from here on the cluster takes only TLS.
		{"over TLS only (hostssl, no host line): verify-full plans; plain text and another CA are refused", func(t *testing.T) {
			ca, otherCA := pg.requireTLS(t)
			verified := strings.Replace(planConn, "sslmode=disable", "sslmode=verify-full&sslrootcert="+ca, 1)
			tls := newTinyStack(t, schema, append([]string{"PG_CONN_STR=" + verified}, planOnlyEnv...)...)
			tls.mustTofu(t, "init")
			if out := tls.mustTofu(t, "plan", "-lock=false", "-detailed-exitcode", "-var", "v=two"); !strings.Contains(out, "No changes.") {
				t.Errorf("the plan role's plan over verify-full is not a no-op:\n%s", tail(out, 20))
			}
			for conn, want := range map[string]string{
				planConn: "no encryption", // pg_hba.conf has no host line
				strings.Replace(planConn, "sslmode=disable", "sslmode=verify-full&sslrootcert="+otherCA, 1): "certificate signed by unknown authority",
			} {
				s := newTinyStack(t, schema, append([]string{"PG_CONN_STR=" + conn}, planOnlyEnv...)...)
				if out, err := s.tofu("init"); err == nil || !strings.Contains(out, want) {
					t.Errorf("tofu init with %s: err=%v; want %q:\n%s", strings.SplitN(conn, "?", 2)[1], err, want, tail(out, 10))
				}
			}
		}},
	})
}

// tinyStack is a working folder holding one terraform_data resource (built into
// tofu: no provider to install) with its state in the pg backend.
type tinyStack struct {
	dir string
	env []string
}

func newTinyStack(t *testing.T, schema string, env ...string) *tinyStack {
	t.Helper()
	dir := t.TempDir()
	cfg := map[string]any{
		"terraform": map[string]any{"backend": map[string]any{"pg": map[string]any{"schema_name": schema}}},
		"variable":  map[string]any{"v": map[string]any{"type": "string"}},
		"resource":  map[string]any{"terraform_data": map[string]any{"probe": map[string]any{"input": "${var.v}"}}},
	}
	b, _ := json.MarshalIndent(cfg, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "main.tf.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return &tinyStack{dir: dir, env: env}
}

// tofu runs a tofu command, bounded to two minutes, with no PG_* from outside.
func (s *tinyStack) tofu(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, tofuPath(), args...)
	cmd.Dir = s.dir
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, append([]string{"TF_IN_AUTOMATION=1", "TF_INPUT=0", "TF_CLI_ARGS=-no-color", "CHECKPOINT_DISABLE=1"}, s.env...)...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func (s *tinyStack) mustTofu(t *testing.T, args ...string) string {
	t.Helper()
	out, err := s.tofu(args...)
	if err != nil {
		t.Fatalf("tofu %s: %v\n%s", strings.Join(args, " "), err, tail(out, 30))
	}
	return out
}

func tofuPath() string { return filepath.Join(toolBin(), "tofu") }

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
