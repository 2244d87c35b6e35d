package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render"
	"github.com/magicunicorn/ops-center-monitoring/secretsfile"
	"github.com/magicunicorn/ops-center-monitoring/secretspush"
)

// hostPlan is the plan of the environment's own host, or of its further host
// named host.
func hostPlan(envName, host string) (hostplan.Plan, error) {
	env, err := model.LoadEnvironment(envDir(), envName)
	if err != nil {
		return hostplan.Plan{}, err
	}
	files, err := render.All(env)
	if err != nil {
		return hostplan.Plan{}, err
	}
	if host == "" {
		return hostplan.Build(env, files)
	}
	h, err := hostplan.HostByName(env, host)
	if err != nil {
		return hostplan.Plan{}, err
	}
	return hostplan.BuildAgents(env, h, files)
}

// secretsCmd lists the secrets an environment's containers read, one per line as
// "name required|optional" (optional ones have a placeholder where unused).
func secretsCmd(args []string) error {
	fs := flag.NewFlagSet("secrets", flag.ExitOnError)
	envName := fs.String("env", "local", "environment")
	_ = fs.Parse(args)
	plan, err := hostPlan(*envName, "")
	if err != nil {
		return err
	}
	for _, s := range plan.Secrets {
		need := "required"
		if s.Placeholder != "" {
			need = "optional"
		}
		fmt.Println(s.Name, need)
	}
	return nil
}

// secretsEnvCmd prints the settings (upper-case keys) of a secrets file as
// NUL-terminated KEY=VALUE records, for a script to export without evaluating.
func secretsEnvCmd(args []string) error {
	fs := flag.NewFlagSet("secrets-env", flag.ExitOnError)
	path := fs.String("file", "", "secrets file")
	_ = fs.Parse(args)
	f, err := secretsfile.Read(*path)
	if err != nil {
		return err
	}
	for _, kv := range f.Settings {
		fmt.Print(kv, "\x00")
	}
	return nil
}

// secretsPushCmd writes the environment's secrets from the file into each
// container's secrets volume on its Docker host (DOCKER_HOST); -check only
// verifies they are there and current.
func secretsPushCmd(args []string) error {
	fs := flag.NewFlagSet("secrets-push", flag.ExitOnError)
	envName := fs.String("env", "local", "environment")
	path := fs.String("file", "", "secrets file (KEY=VALUE lines, mode 0600)")
	check := fs.Bool("check", false, "write nothing; fail when a volume lacks a file or holds a stale one (without -file: one not as the last push left it)")
	removeStale := fs.Bool("remove-stale", false, "first remove the helper containers interrupted pushes left (make secrets-push; never beside another push)")
	compare := fs.String("compare", "", "the other side's secrets file (production's, or when pushing production another environment's), to refuse shared receivers")
	prints := fs.String("fingerprints", "", "folder of <env>.receivers fingerprints that pushes leave and compare with")
	host := fs.String("host", "", "one of the environment's further hosts (hosts: in its file): push its agents' secrets")
	_ = fs.Parse(args)
	plan, err := hostPlan(*envName, *host)
	if err != nil {
		return err
	}
	// A deploy holds no secret: it checks each volume against what the last push
	// recorded there.
	if *check && *path == "" {
		return secretspush.Verify(secretspush.CLI, plan, *envName)
	}
	f, err := secretsfile.Read(*path)
	if err != nil {
		return err
	}
	values, err := secretspush.Values(plan, f.Secrets, *path)
	if err != nil {
		return err
	}
	// Receivers live on the environment's own host; a further host has none.
	notifies := false
	if *host == "" {
		if notifies, err = receiversApart(*envName, values, *compare, *prints); err != nil {
			return err
		}
	}
	owner, cleanup, err := ownerBinary()
	if err != nil {
		return err
	}
	defer cleanup()
	if *removeStale {
		if err := secretspush.RemoveStaleHelpers(secretspush.CLI, plan); err != nil {
			return err
		}
	}
	results, err := secretspush.Push(secretspush.CLI, plan, values, owner, *check)
	for _, r := range results {
		switch {
		case *check:
		case len(r.Changed) == 0:
			fmt.Fprintf(os.Stderr, "%s: %s up to date\n", r.Container, r.Volume)
		default:
			fmt.Fprintf(os.Stderr, "%s: wrote %v into %s", r.Container, r.Changed, r.Volume)
			if r.Restarted {
				fmt.Fprint(os.Stderr, "; restarted it to read them")
			}
			fmt.Fprintln(os.Stderr)
		}
	}
	if err == nil && notifies && *prints != "" {
		err = secretspush.Record(*prints, *envName, values)
	}
	return err
}

// receiversApart refuses, before anything is pushed, receiver secrets that the
// environment and production share, compared with whatever is known here; it says
// when nothing was. It reports whether the environment notifies for real.
func receiversApart(envName string, values map[string]string, compare, prints string) (bool, error) {
	env, err := model.LoadEnvironment(envDir(), envName)
	if err != nil || env.Notifications != "real" {
		return false, err
	}
	other := secretspush.Other{Dir: prints}
	if compare != "" {
		cf, err := secretsfile.Read(compare)
		if err != nil {
			return true, err
		}
		other.File, other.Values = compare, cf.Secrets
	}
	compared, err := secretspush.Apart(envName, values, other)
	if err == nil && len(compared) == 0 {
		pair := model.Production
		if envName == model.Production {
			pair = "staging"
		}
		fmt.Fprintf(os.Stderr, "note: %s's receiver secrets were compared with no other environment's; set OPSMON_COMPARE_SECRETS_FILE to %s's secrets file, or push %s's from this checkout once\n", envName, pair, pair)
	}
	return true, err
}

// ownerBinary builds cmd/secrets-owner, static, for the engine's architecture.
func ownerBinary() (string, func(), error) {
	arch, err := secretspush.CLI(nil, "version", "-f", "{{.Server.Arch}}")
	if err != nil {
		return "", nil, err
	}
	dir, err := os.MkdirTemp("", "opsmon-secrets-owner-")
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	out := filepath.Join(dir, "secrets-owner")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./cmd/secrets-owner")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux", "GOARCH="+strings.TrimSpace(arch))
	if b, err := cmd.CombinedOutput(); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("building secrets-owner: %v\n%s", err, b)
	}
	return out, cleanup, nil
}
