//go:build e2e

package e2e

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// standIn is staging deployed to this machine's engine: an environment copy
// (OPSMON_ENV_DIR) whose staging runs the locally built images, keeps its state in
// a PostgreSQL the test starts, and attaches to networks the test creates, as
// they exist on a real staging host. Secrets come from OPSMON_SECRETS_FILE.
type standIn struct {
	envDir, secrets, schema string
	secretValues            []string
	pg                      string // the state PostgreSQL's container
	tags                    []string
}

// hostNetworks are the networks env attaches to and does not create, as its file
// in the repository names them: the product's, and the edge network the operator
// made for Traefik and the UIs.
func hostNetworks(t *testing.T, env string) []string {
	t.Helper()
	e, err := model.LoadEnvironment(filepath.Join(root, "environments"), env)
	if err != nil {
		t.Fatal(err)
	}
	out := append([]string{}, e.Networks.Names...)
	if e.Traefik.Enabled {
		out = append(out, e.Traefik.Network)
	}
	return out
}

func newStandIn(t *testing.T) *standIn {
	t.Helper()
	return newStandInState(t, nil)
}

// s3Store is an S3-compatible bucket a stand-in keeps its state in instead of the
// PostgreSQL; its credentials reach tofu only as AWS_* in the secrets file.
type s3Store struct {
	endpoint, bucket, region, key string
	accessKey, secretKey          string
}

func (b *s3Store) yaml() string {
	return fmt.Sprintf("state:\n  backend: s3\n  bucket: %s\n  key: %s\n  region: %s\n  endpoint: %s\n",
		b.bucket, b.key, b.region, b.endpoint)
}

// requireEngineFree stops a staging test when the monitoring containers' names are
// taken: staging uses the same names as every other stack on this engine.
func requireEngineFree(t *testing.T) {
	t.Helper()
	for _, c := range []string{model.Prometheus, model.Alertmanager} {
		if exec.Command("docker", "container", "inspect", c).Run() == nil {
			t.Fatalf("a container named %s exists (left by an earlier run or another stack); run make down first", c)
		}
	}
}

// stagingPlace is where the repo's staging.yaml (and production.yaml) keeps its
// state and names its Docker host: the state block followed by the docker block.
var stagingPlace = regexp.MustCompile(`(?m)^state:\n(?:  .*\n)+docker:\n(?:  .*\n)+`)

// placeStaging puts a bench's own state and engine in staging.yaml's text.
func placeStaging(t *testing.T, text, place string) string {
	t.Helper()
	if !stagingPlace.MatchString(text) {
		t.Fatalf("the environment file has no state block followed by a docker block; update the bench")
	}
	return stagingPlace.ReplaceAllLiteralString(text, place)
}

// newStandInState is newStandIn with staging's state in s3 when it is not nil,
// else in a PostgreSQL the stand-in starts.
func newStandInState(t *testing.T, s3 *s3Store) *standIn {
	t.Helper()
	s := &standIn{schema: "opsmon_staging_host", pg: "opsmon-test-state-pg"}
	state := "state:\n  backend: pg\n  schema_name: opsmon\n"
	if s3 != nil {
		s.pg, state = "", s3.yaml()
	}
	s.envDir = envtest.DirWith(t, filepath.Join(root, "environments"), "staging", func(text string) string {
		text = placeStaging(t, text, state+"docker:\n  host: unix:///var/run/docker.sock\n")
		for _, r := range [][2]string{
			// The upstream images cannot be pulled here; Grafana and cAdvisor,
			// which have no local build, are left out with their reasons.
			{"images: upstream", "images: local"},
			// Nothing leaves this machine.
			{"smarthost: smtp.magicunicorn.tech:587", "smarthost: 127.0.0.1:2525"},
			{"public_urls:\n  - https://ops.staging.magicunicorn.tech\n", "public_urls: []\n"},
		} {
			if !strings.Contains(text, r[0]) {
				t.Fatalf("staging.yaml no longer contains %q; update the stand-in", r[0])
			}
			text = strings.Replace(text, r[0], r[1], 1)
		}
		return text
	})
	// Terraform's working folder remembers the last backend; the stand-in's (pg, s3)
	// differs from the repo's staging (local): start and end without it.
	work := filepath.Join(root, "cdktf.out/stacks/staging-host/.terraform")
	os.RemoveAll(work)
	removeLeftoverNetwork(t, "opsmon-staging-monitoring")
	var created []string
	for _, n := range hostNetworks(t, "staging") {
		if exec.Command("docker", "network", "inspect", n).Run() != nil {
			mustDocker(t, "network", "create", n)
			created = append(created, n)
		}
	}
	t.Cleanup(func() {
		// The engine is shared: leave it as found, keeping nothing of staging.
		cmd := exec.Command("scripts/stack.sh", "destroy", "staging")
		cmd.Dir, cmd.Env = root, s.env()
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Logf("cleanup: destroy staging: %v\n%s", err, tail(string(out), 20))
		}
		// purge.sh refuses staging (its volumes are history elsewhere); here they
		// are this test's own, on this engine: remove them by name.
		if vols, err := exec.Command("docker", "volume", "ls", "-q", "--filter", "name=^opsmon-staging-").Output(); err == nil && len(vols) > 0 {
			exec.Command("docker", append([]string{"volume", "rm"}, strings.Fields(string(vols))...)...).Run()
		}
		os.RemoveAll(work)
		if s.pg != "" {
			exec.Command("docker", "rm", "-f", "-v", s.pg).Run()
		}
		for _, n := range created {
			exec.Command("docker", "network", "rm", n).Run()
		}
		for _, tag := range s.tags {
			exec.Command("docker", "rmi", tag).Run()
		}
	})
	pw := fmt.Sprintf("state-%d", time.Now().UnixNano())
	// Slack and the Watchdog's webhook go to a notification sink only
	// throughTraefik starts (standInSink); until then, and in every other test,
	// they fail, and nothing leaves this machine.
	sink := "http://" + standInSink + ":9095"
	secrets := map[string]string{
		"slack_api_url":              sink + "/slack/staging",
		"watchdog_url":               sink + "/webhook/watchdog",
		"pagerduty_routing_key":      fmt.Sprintf("pd-%d", time.Now().UnixNano()),
		"smtp_password":              fmt.Sprintf("smtp-%d `id` $(id)", time.Now().UnixNano()),
		"postgres_exporter_password": "exporter-" + pw,
		"grafana_admin_password":     fmt.Sprintf("gf-%d", time.Now().UnixNano()),
		"prometheus_web_password":    fmt.Sprintf("prom-web-%d", time.Now().UnixNano()),
		"alertmanager_web_password":  fmt.Sprintf("am-web-%d", time.Now().UnixNano()),
		"node_exporter_web_password": fmt.Sprintf("node-web-%d", time.Now().UnixNano()),
	}
	if s3 != nil {
		secrets["AWS_ACCESS_KEY_ID"], secrets["AWS_SECRET_ACCESS_KEY"] = s3.accessKey, s3.secretKey
	} else {
		port := freePort(t)
		exec.Command("docker", "rm", "-f", "-v", s.pg).Run()
		mustDocker(t, "run", "-d", "--name", s.pg, "-p", "127.0.0.1:"+port+":5432",
			"-e", "POSTGRES_PASSWORD="+pw, "-e", "OPSCENTER_DB_PASSWORD="+pw, "-e", "EXPORTER_DB_PASSWORD="+pw,
			"opsmon-local/postgresql:15")
		eventually(t, time.Minute, time.Second, "state PostgreSQL ready", func() string {
			if err := exec.Command("docker", "exec", s.pg, "pg_isready", "-h", "127.0.0.1", "-U", "postgres").Run(); err != nil {
				return err.Error()
			}
			return ""
		})
		secrets["PG_CONN_STR"] = "postgres://postgres:" + pw + "@127.0.0.1:" + port + "/postgres?sslmode=disable"
	}
	var lines []string
	for k, v := range secrets {
		lines = append(lines, k+"="+v)
		s.secretValues = append(s.secretValues, v)
	}
	sort.Strings(lines)
	s.secrets = filepath.Join(t.TempDir(), "staging.env")
	if err := os.WriteFile(s.secrets, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return s
}

// deploy places the stand-in's secrets on its engine (make secrets-push), then
// deploys the stacks; neither prints a secret.
func (s *standIn) deploy(t *testing.T, stacks ...string) string {
	t.Helper()
	out := s.run(t, "scripts/secrets-push.sh", "staging")
	out += s.run(t, append([]string{"scripts/stack.sh", "deploy", "staging"}, stacks...)...)
	s.noSecretIn(t, "the output of secrets-push and deploy", out)
	return out
}

// noSecretIn fails when any secret value of the stand-in appears in text.
func (s *standIn) noSecretIn(t *testing.T, where, text string) {
	t.Helper()
	for _, secret := range s.secretValues {
		if strings.Contains(text, secret) {
			t.Errorf("a secret value appears in %s", where)
		}
	}
}

// env is the environment every command of the stand-in runs with.
func (s *standIn) env() []string {
	return append(os.Environ(), "OPSMON_ENV_DIR="+s.envDir, "OPSMON_SECRETS_FILE="+s.secrets)
}

// run executes a project script against the stand-in and returns its output.
func (s *standIn) run(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir, cmd.Env = root, s.env()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, tail(string(out), 40))
	}
	return string(out)
}

// tofu is a tofu command in staging-host's synthesized folder, with the secrets
// file's variables, as cdktf would run it.
func (s *standIn) tofu(args ...string) *exec.Cmd {
	cmd := exec.Command(tofuPath(), args...)
	cmd.Dir = filepath.Join(root, "cdktf.out/stacks/staging-host")
	b, _ := os.ReadFile(s.secrets)
	cmd.Env = append(os.Environ(), strings.Fields(string(b))...)
	gid, _ := exec.Command("stat", "-c", "%g", "/var/run/docker.sock").Output()
	cmd.Env = append(cmd.Env, "TF_VAR_docker_socket_gid="+strings.TrimSpace(string(gid)),
		"TF_CLI_CONFIG_FILE="+filepath.Join(root, ".cache/tofurc"), "CHECKPOINT_DISABLE=1")
	return cmd
}

func (s *standIn) psql(t *testing.T, sql string) string {
	t.Helper()
	out, err := exec.Command("docker", "exec", s.pg, "psql", "-U", "postgres", "-At", "-c", sql).CombinedOutput()
	if err != nil {
		t.Fatalf("psql %q: %v %s", sql, err, out)
	}
	return string(out)
}

// bumpImage builds a new release of a component's local image (a new image id,
// as a version bump brings) under a new tag.
func (s *standIn) bumpImage(t *testing.T, component string) string {
	t.Helper()
	c, _ := model.ComponentByName(component)
	bumped := c.Local + "-bump"
	cmd := exec.Command("docker", "build", "-q", "-t", bumped, "-")
	cmd.Stdin = strings.NewReader(fmt.Sprintf("FROM %s\nLABEL opsmon.test-bump=%d\n", c.Local, time.Now().UnixNano()))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build %s: %v\n%s", bumped, err, out)
	}
	s.tags = append(s.tags, bumped)
	return bumped
}

// override adds image_overrides to the stand-in's staging.yaml; the returned
// function puts the file back.
func (s *standIn) override(t *testing.T, images map[string]string) func() {
	t.Helper()
	path := filepath.Join(s.envDir, "staging.yaml")
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	block := "image_overrides:\n"
	for name, img := range images {
		block += "  " + name + ": " + img + "\n"
	}
	if err := os.WriteFile(path, append(append([]byte{}, orig...), block...), 0o644); err != nil {
		t.Fatal(err)
	}
	return func() { os.WriteFile(path, orig, 0o644) }
}

// onlyContainers fails when the plan summary lists a container not named.
func (s *standIn) onlyContainers(t *testing.T, summary string, names ...string) {
	t.Helper()
	for _, line := range strings.Split(summary, "\n") {
		if !strings.Contains(line, "docker_container") || strings.HasPrefix(line, "!!!") {
			continue
		}
		f := strings.Fields(line)
		// A container's config loader is created from its image: a bump replaces it too.
		name := strings.TrimSuffix(f[len(f)-1], hostplan.LoaderSuffix)
		if !slices.Contains(names, name) {
			t.Errorf("the bump of %v touches another container: %s", names, line)
		}
	}
}

func mustDocker(t *testing.T, args ...string) {
	t.Helper()
	if out, err := exec.Command("docker", args...).CombinedOutput(); err != nil {
		t.Fatalf("docker %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
}

// removeLeftoverNetwork removes the stack's own network when an earlier run on this
// engine left it behind with nothing attached (its state is gone with that run), so
// the deploy can create it again. One Docker refuses to remove is named with its fix.
func removeLeftoverNetwork(t *testing.T, name string) {
	n, err := exec.Command("docker", "network", "inspect", "-f", "{{len .Containers}}", name).Output()
	if err != nil {
		return // not there
	}
	if strings.TrimSpace(string(n)) != "0" {
		t.Fatalf("network %s is left from an earlier run with %s container(s) on it; remove them first", name, strings.TrimSpace(string(n)))
	}
	if out, err := exec.Command("docker", "network", "rm", name).CombinedOutput(); err != nil {
		t.Fatalf("network %s is left from an earlier run and Docker refuses to remove it (%s); restart the Docker daemon", name, strings.TrimSpace(string(out)))
	}
	t.Logf("removed network %s, left empty by an earlier run", name)
}
