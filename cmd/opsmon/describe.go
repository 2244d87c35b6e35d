package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// describeCmd prints what the deploy scripts need to know about an environment, as
// shell assignments: its state backend, the stacks a plain deploy applies, the
// stack it skips and why, and its data volumes.
func describeCmd(args []string) error {
	fs := flag.NewFlagSet("describe", flag.ExitOnError)
	envName := fs.String("env", "local", "environment")
	_ = fs.Parse(args)
	env, err := model.LoadEnvironment(envDir(), *envName)
	if err != nil {
		return err
	}
	applied, skipped, why := env.AppliedStacks()
	for _, kv := range [][2]string{
		{"STATE_BACKEND", env.State.Backend},
		{"STACKS", strings.Join(applied, " ")},
		{"SKIPPED_STACKS", strings.Join(skipped, " ")},
		{"SKIP_REASON", why},
		{"DATA_VOLUMES", strings.Join(env.DataVolumes(), " ")},
	} {
		fmt.Printf("%s=%s\n", kv[0], shellQuote(kv[1]))
	}
	return nil
}

// stacksCmd lists every stack the app synthesizes, one per line.
func stacksCmd(args []string) error {
	if len(args) != 0 {
		return fmt.Errorf("usage: opsmon stacks")
	}
	for _, name := range model.EnvironmentNames {
		fmt.Println(model.HostStack(name))
		fmt.Println(model.GrafanaStack(name))
	}
	return nil
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }
