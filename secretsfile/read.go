// Package secretsfile reads the operator's secrets file: KEY=VALUE lines taken
// literally (no quotes, no expansion, nothing is run), blank lines and # comments.
// Lower-case keys are the environment's secrets (pushed into secrets volumes);
// upper-case keys are settings the deploy's tools read from the environment, and
// only those (AllowedSettings): a key such as PATH, BASH_ENV, LD_PRELOAD or
// TF_CLI_ARGS_apply would steer the scripts and tools that run after it is exported.
package secretsfile

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
)

var key = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// AllowedSettings are the upper-case keys a secrets file may set: the state backend's
// credentials, as OpenTofu's pg backend (libpq) and s3 backend read them.
var AllowedSettings = []string{
	"PG_CONN_STR", "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE",
	"PGSSLMODE", "PGSSLROOTCERT", "PGSSLCERT", "PGSSLKEY",
	"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
}

// File is a parsed secrets file.
type File struct {
	// Secrets are the lower-case keys, by secret name.
	Secrets map[string]string
	// Settings are the upper-case keys, in file order, as KEY=VALUE.
	Settings []string
}

// Read parses path. It refuses a file that others can read or write, and names
// the line and the fix for every malformed one.
func Read(path string) (File, error) {
	st, err := os.Stat(path)
	if err != nil {
		return File{}, fmt.Errorf("secrets file: %w", err)
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		return File{}, fmt.Errorf("%s is mode %04o: a secrets file must be readable by its owner only; run chmod 600 %s", path, perm, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return File{}, fmt.Errorf("secrets file: %w", err)
	}
	defer f.Close()
	out := File{Secrets: map[string]string{}}
	var errs []error
	seen := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		switch {
		case !ok || !key.MatchString(k):
			errs = append(errs, fmt.Errorf("%s:%d: not KEY=VALUE; write a key of letters, digits and _, then =, then the value, which is taken literally up to the end of the line", path, n))
			continue
		case strings.HasPrefix(k, "TF_VAR_"):
			errs = append(errs, fmt.Errorf("%s:%d: %s: secrets are no longer Terraform variables; rename the key to %s (make secrets-push places it on the host)", path, n, k, strings.TrimPrefix(k, "TF_VAR_")))
			continue
		case k != strings.ToLower(k) && !slices.Contains(AllowedSettings, k):
			errs = append(errs, fmt.Errorf("%s:%d: %s is not a setting this file may hold; it takes the state backend's %s, and secrets in lower case. Set anything else in the command's own environment", path, n, k, strings.Join(AllowedSettings, ", ")))
			continue
		case seen[k] != 0:
			errs = append(errs, fmt.Errorf("%s:%d: %s is set twice (first on line %d); keep one", path, n, k, seen[k]))
			continue
		}
		seen[k] = n
		if k == strings.ToLower(k) {
			out.Secrets[k] = v
		} else {
			out.Settings = append(out.Settings, k+"="+v)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", path, err))
	}
	return out, errors.Join(errs...)
}
