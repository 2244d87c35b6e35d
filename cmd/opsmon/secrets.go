package main

import (
	"flag"
	"fmt"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render"
)

// secretsCmd prints the sensitive variables an environment's deploy needs, one per
// line as "name required|optional", so scripts can check them before any apply.
func secretsCmd(args []string) error {
	fs := flag.NewFlagSet("secrets", flag.ExitOnError)
	envName := fs.String("env", "local", "environment")
	_ = fs.Parse(args)
	env, err := model.LoadEnvironment(envDir(), *envName)
	if err != nil {
		return err
	}
	files, err := render.All(env)
	if err != nil {
		return err
	}
	plan, err := hostplan.Build(env, files)
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
