package checks

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// commandRules is what a guide's command may be: a Makefile target with known
// variables, an opsmon subcommand, or a project script, each run by the tests
// or provided by the Makefile; or plain export/git.
type commandRules struct {
	targets  map[string]bool
	opsmon   map[string]bool // subcommands cmd/opsmon registers
	exercise string          // every test file and script, concatenated
}

var (
	leadingAssign = regexp.MustCompile(`^[A-Z_][A-Z0-9_]*=\S*\s+`)
	opsmonEntry   = regexp.MustCompile(`"([a-z-]+)":\s+\w+Cmd,`)
)

// loadRules reads the Makefile, cmd/opsmon/main.go and everything that exercises
// commands (test files and scripts) from the repository at root.
func loadRules(root string) (commandRules, error) {
	var r commandRules
	var err error
	if r.targets, err = makeTargets(filepath.Join(root, "Makefile")); err != nil {
		return r, err
	}
	main, err := os.ReadFile(filepath.Join(root, "cmd/opsmon/main.go"))
	if err != nil {
		return r, err
	}
	r.opsmon = map[string]bool{}
	for _, m := range opsmonEntry.FindAllStringSubmatch(string(main), -1) {
		r.opsmon[m[1]] = true
	}
	var b strings.Builder
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".cache" || d.Name() == "generated" || d.Name() == ".git") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(p, "_test.go") || strings.HasSuffix(p, ".sh") {
			data, err := os.ReadFile(p)
			b.Write(data)
			return err
		}
		return nil
	})
	r.exercise = b.String()
	return r, err
}

// check returns "" when line is an allowed command, else why not.
func (r commandRules) check(line string) string {
	for leadingAssign.MatchString(line) {
		line = leadingAssign.ReplaceAllString(line, "")
	}
	f := strings.Fields(line)
	switch {
	case f[0] == "make":
		return r.checkMake(f[1:])
	case f[0] == "export", f[0] == "git":
		return ""
	case len(f) >= 4 && f[0] == "go" && f[1] == "run" && f[2] == "./cmd/opsmon":
		if !r.opsmon[f[3]] {
			return "opsmon has no subcommand " + f[3]
		}
		if !strings.Contains(r.exercise, `"./cmd/opsmon", "`+f[3]+`"`) && !strings.Contains(r.exercise, "cmd/opsmon "+f[3]) {
			return "no test or script runs opsmon " + f[3]
		}
		return ""
	case strings.HasPrefix(f[0], "scripts/"), strings.HasPrefix(f[0], "monitoring/"):
		if _, err := os.Stat(filepath.Join("..", f[0])); err != nil {
			return "no such script"
		}
		if !strings.Contains(r.exercise, f[0]) {
			return "no test runs " + f[0]
		}
		return ""
	}
	return "not a Makefile target, opsmon subcommand, project script, export or git"
}

func (r commandRules) checkMake(args []string) string {
	env := "local"
	for _, a := range args {
		name, value, isVar := strings.Cut(a, "=")
		switch {
		case !isVar:
			if !r.targets[a] {
				return "no Makefile target " + a
			}
		case name == "ENV":
			if !slices.Contains(model.EnvironmentNames, value) {
				return "ENV=" + value + " is not an environment (" + strings.Join(model.EnvironmentNames, ", ") + ")"
			}
			env = value
		case name == "STACK":
			if ok, _ := filepath.Match(value, model.HostStack(env)); !ok {
				if ok, _ := filepath.Match(value, model.GrafanaStack(env)); !ok {
					return "STACK=" + value + " matches no stack of " + env
				}
			}
		case name == "PLANS" || name == "BASE" || name == "DIGEST":
			// Folders, git refs and digests: the target itself refuses a wrong one (checks/applyplan_test.go, review/).
		default:
			return "the Makefile takes no variable " + name
		}
	}
	return ""
}
