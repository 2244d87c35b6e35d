package secretspush

import (
	"bufio"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// receiverSecrets say where notifications go, each with the fix when two
// environments share one. A shared Watchdog URL would let staging's heartbeat keep
// production's dead man's switch green while production is dead.
var receiverSecrets = []struct{ name, fix string }{
	{hostplan.SecretSlackURL, "create an incoming webhook for %s's own channel"},
	{hostplan.SecretPagerDutyKey, "give %s a PagerDuty service (integration key) of its own"},
	{hostplan.SecretWatchdogURL, "give %s a dead man's switch check of its own"},
}

// Other is what is known here of the other side of env's production pair: its
// secrets file, given by the operator, and the fingerprints of its receiver
// secrets that its last push from this checkout left in a folder.
type Other struct {
	// File and Values are another environment's secrets file (production's when
	// env is not production), if given.
	File   string
	Values map[string]string
	// Dir holds <env>.receivers fingerprint files (the git-ignored cache).
	Dir string
}

// Apart refuses receiver secrets that env and production share, wherever both are
// known here; it returns what it compared with, for the operator to read.
func Apart(env string, values map[string]string, o Other) ([]string, error) {
	var compared []string
	if o.File != "" {
		other := model.Production
		if env == model.Production {
			other = "the compared environment"
		}
		if err := apartFrom(env, other, values, o.File, func(name, v string) bool { return o.Values[name] != "" && o.Values[name] == v }); err != nil {
			return nil, err
		}
		compared = append(compared, o.File)
	}
	if o.Dir == "" {
		return compared, nil
	}
	others, _ := filepath.Glob(filepath.Join(o.Dir, "*"+fingerprintExt))
	for _, path := range others {
		other := strings.TrimSuffix(filepath.Base(path), fingerprintExt)
		if other == env || (other == model.Production) == (env == model.Production) {
			continue // only pairs of which one is production
		}
		prints, err := readFingerprints(path)
		if err != nil {
			return nil, err
		}
		if err := apartFrom(env, other, values, path, prints.match); err != nil {
			return nil, err
		}
		compared = append(compared, path)
	}
	return compared, nil
}

// apartFrom names the first receiver secret env shares with other (read at where),
// and the fix for whichever of the two is not production.
func apartFrom(env, other string, values map[string]string, where string, shared func(name, value string) bool) error {
	notProd := env
	if env == model.Production {
		notProd = other
	}
	for _, s := range receiverSecrets {
		if v := values[s.name]; v != "" && shared(s.name, v) {
			return fmt.Errorf("%s: %s is %s's too (compared with %s); %s must never notify production's receivers: "+s.fix,
				env, s.name, other, where, notProd, notProd)
		}
	}
	return nil
}

// fingerprintExt names the files Record writes: <env>.receivers.
const fingerprintExt = ".receivers"

// fingerprints map a secret name to its salt and SHA-256(salt || value): enough to
// recognise a value, never to recover it (the values are long random tokens).
type fingerprints map[string][2]string

func (f fingerprints) match(name, value string) bool {
	p, ok := f[name]
	if !ok {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(digest(p[0], value)), []byte(p[1])) == 1
}

func digest(salt, value string) string {
	h := sha256.Sum256([]byte(salt + value))
	return hex.EncodeToString(h[:])
}

// Record leaves the fingerprints of env's receiver secrets in dir (mode 0600), for
// later pushes of the other side of its production pair to compare with.
func Record(dir, env string, values map[string]string) error {
	var b strings.Builder
	for _, s := range receiverSecrets {
		v := values[s.name]
		if v == "" {
			continue
		}
		salt := make([]byte, 16)
		if _, err := rand.Read(salt); err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %s %s\n", s.name, hex.EncodeToString(salt), digest(hex.EncodeToString(salt), v))
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, env+fingerprintExt), []byte(b.String()), 0o600)
}

func readFingerprints(path string) (fingerprints, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := fingerprints{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: not \"name salt sha256\"; delete the file, and push that environment's secrets again to rewrite it", path, n)
		}
		out[fields[0]] = [2]string{fields[1], fields[2]}
	}
	return out, sc.Err()
}
