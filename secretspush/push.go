// Package secretspush places an environment's secrets into each container's
// secrets volume on its Docker host, through the Docker API the deploy uses (a
// local socket, or ssh:// with the host key pinned): a container created on the
// volume and never started receives the files by `docker cp`, with their owner
// and mode, and is removed. Nothing is written when the files are already right,
// and no value is printed, logged or passed on a command line.
package secretspush

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Docker runs the docker CLI against the environment's engine (DOCKER_HOST).
type Docker func(stdin io.Reader, args ...string) (string, error)

// CLI is Docker on the docker command found on PATH.
func CLI(stdin io.Reader, args ...string) (string, error) {
	cmd := exec.Command("docker", args...)
	cmd.Stdin = stdin
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return out.String(), fmt.Errorf("docker %s: %v: %s", args[0], err, strings.TrimSpace(errb.String()))
	}
	return out.String(), nil
}

// Values picks each declared secret's value from the file's, or its placeholder;
// it names every secret that has neither.
func Values(plan hostplan.Plan, file map[string]string, path string) (map[string]string, error) {
	out := map[string]string{}
	var missing, bad []string
	for _, s := range plan.Secrets {
		switch v, ok := file[s.Name]; {
		case ok && v != "" && s.Pattern != "" && !regexp.MustCompile(`^(?:`+s.Pattern+`)$`).MatchString(v):
			bad = append(bad, fmt.Sprintf("%s: use %s", s.Name, s.Rule))
		case ok && v != "":
			out[s.Name] = v
		case s.Placeholder != "":
			out[s.Name] = s.Placeholder
		default:
			missing = append(missing, s.Name)
		}
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("in %s, %s", path, strings.Join(bad, "; "))
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("missing secrets: %s; add a line name=VALUE for each to %s (mode 0600)", strings.Join(missing, ", "), path)
	}
	return out, nil
}

// Result is what a push did to one container's secrets volume.
type Result struct {
	Container, Volume string
	Changed           []string // names of the files written
	Restarted         bool
}

// Push writes every container's secrets. When check is true it writes nothing and
// fails naming the volumes that are missing a file or hold a stale one.
// owner is the path of a static linux secrets-owner binary (cmd/secrets-owner).
func Push(d Docker, plan hostplan.Plan, values map[string]string, owner string, check bool) ([]Result, error) {
	var out []Result
	var stale []string
	var ca *CA
	for _, c := range plan.Containers {
		if m := c.Secrets; m != nil && (m.TLS != nil || m.CA) && ca == nil {
			parsed, err := ParseCA(values[model.SecretTLSCACert], values[model.SecretTLSCAKey])
			if err != nil {
				return nil, err
			}
			ca = &parsed
		}
	}
	for _, c := range plan.Containers {
		m := c.Secrets
		if m == nil {
			continue
		}
		r, err := pushOne(d, c, values, ca, owner, check)
		if err != nil {
			return out, fmt.Errorf("%s: %w", c.Name, err)
		}
		if check && len(r.Changed) > 0 {
			stale = append(stale, fmt.Sprintf("%s (%s)", m.Volume, strings.Join(r.Changed, ", ")))
		}
		out = append(out, r)
	}
	if len(stale) > 0 {
		sort.Strings(stale)
		return out, fmt.Errorf("secrets missing or out of date on the host: %s; run make secrets-push ENV=<env> first", strings.Join(stale, "; "))
	}
	return out, nil
}

// ownerPath is where secrets-owner is copied in the short-lived container.
const ownerPath = "/opsmon-secrets-owner"

func pushOne(d Docker, c hostplan.Container, values map[string]string, ca *CA, owner string, check bool) (Result, error) {
	m := c.Secrets
	r := Result{Container: c.Name, Volume: m.Volume}
	uid, gid, err := ownerOf(m.Owner)
	if err != nil {
		return r, err
	}
	want := map[string]string{}
	for _, n := range m.Names {
		want[n] = values[n]
	}
	if _, err := d(nil, "volume", "create", "--label", "opsmon.secrets-of="+c.Name, m.Volume); err != nil {
		return r, err
	}
	helper, err := newHelper(d, c, uid, gid)
	if err != nil {
		return r, err
	}
	defer d(nil, "rm", "-f", "-v", helper)
	have, err := readHelper(d, helper, m.Volume)
	if err != nil {
		return r, err
	}
	if m.TLS != nil {
		cert, key, err := serverCert(*ca, *m.TLS, []byte(have[model.TLSCertFile].body), []byte(have[model.TLSKeyFile].body), time.Now())
		if err != nil {
			return r, err
		}
		want[model.TLSCertFile], want[model.TLSKeyFile] = string(cert), string(key)
	}
	if m.CA {
		want[model.TLSCAFile] = string(ca.CertPEM)
	}
	if m.WebConfig != "" {
		var tls *tlsServerConfig
		if m.TLS != nil {
			tls = &tlsServerConfig{CertFile: m.Path(model.TLSCertFile), KeyFile: m.Path(model.TLSKeyFile)}
		}
		if want[model.WebConfigFile], err = webConfig(have[model.WebConfigFile].body, values[m.WebConfig], tls); err != nil {
			return r, err
		}
	}
	if m.S3File != "" {
		if want[m.S3File], err = s3File(m.S3File, values[model.SecretS3AccessKey], values[model.SecretS3SecretKey]); err != nil {
			return r, err
		}
	}
	r.Changed = changed(want, uid, gid, have)
	// A volume without a current record is rewritten whole, record included: the
	// deploy checks it against that record, holding no value.
	if len(r.Changed) == 0 && len(notAsPushed(sortedNames(want), have)) > 0 {
		r.Changed = []string{PushedFile}
	}
	if check || len(r.Changed) == 0 {
		return r, nil
	}
	if want[PushedFile], err = record(want); err != nil {
		return r, err
	}
	// docker cp writes the files as root; secrets-owner then gives them to the user.
	if _, err := d(bytes.NewReader(archive(want, 0, 0)), "cp", "-", helper+":/secrets"); err != nil {
		return r, err
	}
	if _, err := d(nil, "cp", owner, helper+":"+ownerPath); err != nil {
		return r, err
	}
	if out, err := d(nil, "start", "-a", helper); err != nil {
		return r, fmt.Errorf("%w %s", err, out)
	}
	// A running container read the old values at start: restart it (gracefully).
	if state, err := d(nil, "inspect", "-f", "{{.State.Running}}", c.Name); err == nil && strings.TrimSpace(state) == "true" {
		if _, err := d(nil, "restart", c.Name); err != nil {
			return r, err
		}
		r.Restarted = true
	}
	return r, nil
}

// newHelper creates, on c's secrets volume, the container a push reads and writes
// the volume through. Created with no network and started only to run
// secrets-owner: the image needs no shell, and nothing of its own runs.
func newHelper(d Docker, c hostplan.Container, uid, gid int) (string, error) {
	helper, err := helperName()
	if err != nil {
		return "", err
	}
	_, err = d(nil, "create", "--name", helper, "--label", HelperLabel+"="+c.Secrets.Volume, "--network", "none", "--user", "0",
		"--entrypoint", ownerPath, "-v", c.Secrets.Volume+":/secrets", c.Image,
		strconv.Itoa(uid), strconv.Itoa(gid), "/secrets")
	return helper, err
}

// HelperLabel marks a push's helper container with the secrets volume it holds. A
// push killed part-way leaves its helper, which holds the volume (make purge could
// not delete it): make secrets-push removes such helpers first (RemoveStaleHelpers),
// and so does purge. A deploy's own push or check does not: another deploy's push
// may be using its helper at that moment.
const HelperLabel = "opsmon.secrets-push-helper"

// RemoveStaleHelpers removes the helpers interrupted pushes left on the plan's
// secrets volumes. For make secrets-push, which is not run twice at once.
func RemoveStaleHelpers(d Docker, plan hostplan.Plan) error {
	for _, c := range plan.Containers {
		if c.Secrets != nil {
			if err := removeStaleHelpers(d, c.Secrets.Volume); err != nil {
				return err
			}
		}
	}
	return nil
}

// removeStaleHelpers removes the helpers an interrupted push left on volume.
func removeStaleHelpers(d Docker, volume string) error {
	out, err := d(nil, "ps", "-aq", "--filter", "label="+HelperLabel+"="+volume)
	if err != nil {
		return err
	}
	if ids := strings.Fields(out); len(ids) > 0 {
		if _, err := d(nil, append([]string{"rm", "-f"}, ids...)...); err != nil {
			return fmt.Errorf("removing the helpers an interrupted push left on %s: %v", volume, err)
		}
	}
	return nil
}

// readHelper reads the files of the volume mounted in helper.
func readHelper(d Docker, helper, volume string) (map[string]entry, error) {
	tarOut, err := d(nil, "cp", helper+":/secrets", "-")
	if err != nil {
		return nil, err
	}
	have, err := readArchive(strings.NewReader(tarOut))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", volume, err)
	}
	return have, nil
}

// readVolume reads the files of c's secrets volume, through a helper removed after.
func readVolume(d Docker, c hostplan.Container) (map[string]entry, error) {
	uid, gid, err := ownerOf(c.Secrets.Owner)
	if err != nil {
		return nil, err
	}
	helper, err := newHelper(d, c, uid, gid)
	if err != nil {
		return nil, err
	}
	defer d(nil, "rm", "-f", "-v", helper)
	return readHelper(d, helper, c.Secrets.Volume)
}

func helperName() (string, error) {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		return "", errors.New("no randomness for the helper container's name")
	}
	return "opsmon-secrets-push-" + hex.EncodeToString(b), nil
}
