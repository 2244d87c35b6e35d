package secretspush

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// PushedFile is the record a push leaves beside the secrets it wrote: a salted
// fingerprint of each file. A deploy that holds no secret checks the volume
// against it: every file the model names is there, as the last push wrote it.
// It tells nothing that the files beside it, readable by the same user, do not.
const PushedFile = ".opsmon-pushed"

type pushedRecord struct {
	Salt  string            `json:"salt"`
	Files map[string]string `json:"files"` // name: sha256(salt, body)
}

func fingerprint(salt, body string) string {
	sum := sha256.Sum256([]byte(salt + "\x00" + body))
	return hex.EncodeToString(sum[:])
}

// record is the PushedFile for files, under a fresh salt.
func record(files map[string]string) (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("no randomness for the pushed record's salt: %w", err)
	}
	r := pushedRecord{Salt: hex.EncodeToString(b), Files: map[string]string{}}
	for name, body := range files {
		r.Files[name] = fingerprint(r.Salt, body)
	}
	out, err := json.Marshal(r)
	return string(out) + "\n", err
}

// notAsPushed lists what differs between a volume's files and its PushedFile:
// names the model expects that the last push did not write, files missing, and
// files changed since. A volume never pushed (or by a version without the record)
// is one problem naming the record.
func notAsPushed(expected []string, have map[string]entry) []string {
	rec, ok := have[PushedFile]
	if !ok {
		return []string{"never pushed (no " + PushedFile + ")"}
	}
	var r pushedRecord
	if err := json.Unmarshal([]byte(rec.body), &r); err != nil || r.Salt == "" {
		return []string{PushedFile + " unreadable"}
	}
	var out []string
	for _, name := range expected {
		want, pushed := r.Files[name]
		h, there := have[name]
		switch {
		case !pushed:
			out = append(out, name+" not pushed")
		case !there:
			out = append(out, name+" missing")
		case fingerprint(r.Salt, h.body) != want:
			out = append(out, name+" changed since the push")
		}
	}
	return out
}

// expectedFiles are the files a container's secrets volume must hold.
func expectedFiles(m *hostplan.SecretMount) []string {
	out := append([]string{}, m.Names...)
	if m.TLS != nil {
		out = append(out, model.TLSCertFile, model.TLSKeyFile)
	}
	if m.CA {
		out = append(out, model.TLSCAFile)
	}
	if m.WebConfig != "" {
		out = append(out, model.WebConfigFile)
	}
	if m.S3File != "" {
		out = append(out, m.S3File)
	}
	sort.Strings(out)
	return out
}

// Verify checks, holding no secret, that every container's secrets volume holds
// the files the model names, as the last push left them (PushedFile). It writes
// nothing: a missing volume is reported, not created.
func Verify(d Docker, plan hostplan.Plan, env string) error {
	var bad []string
	for _, c := range plan.Containers {
		m := c.Secrets
		if m == nil {
			continue
		}
		if _, err := d(nil, "volume", "inspect", m.Volume); err != nil {
			bad = append(bad, m.Volume+" (no such volume)")
			continue
		}
		have, err := readVolume(d, c)
		if err != nil {
			return fmt.Errorf("%s: %w", c.Name, err)
		}
		if p := notAsPushed(expectedFiles(m), have); len(p) > 0 {
			bad = append(bad, fmt.Sprintf("%s (%s)", m.Volume, strings.Join(p, ", ")))
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return fmt.Errorf("secrets not as the last push left them on the host: %s; run make secrets-push ENV=%s with its secrets file first", strings.Join(bad, "; "), env)
	}
	return nil
}
