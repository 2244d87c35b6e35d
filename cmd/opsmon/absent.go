package main

import (
	"flag"
	"fmt"
	"sort"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// absentCmd names what an environment leaves out and why.
func absentCmd(args []string) error {
	fs := flag.NewFlagSet("absent", flag.ExitOnError)
	envName := fs.String("env", "local", "environment")
	_ = fs.Parse(args)
	env, err := model.LoadEnvironment(envDir(), *envName)
	if err != nil {
		return err
	}
	absent := env.Absent()
	names := make([]string, 0, len(absent))
	for n := range absent {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-20s %s\n", n, absent[n])
	}
	return nil
}
