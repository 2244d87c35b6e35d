package main

import (
	"flag"
	"fmt"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/pgroles"
)

// pgRolesCmd prints the SQL creating env's deploy and plan state roles.
func pgRolesCmd(args []string) error {
	fs := flag.NewFlagSet("pg-roles", flag.ExitOnError)
	envName := fs.String("env", "production", "environment whose state roles to print")
	_ = fs.Parse(args)
	env, err := model.LoadEnvironment(envDir(), *envName)
	if err != nil {
		return err
	}
	sql, err := pgroles.SQL(env)
	if err != nil {
		return err
	}
	fmt.Print(sql)
	return nil
}
