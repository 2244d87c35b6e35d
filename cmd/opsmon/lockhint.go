package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/statelock"
)

// lockHintCmd reads a failed tofu run's output (-log) and, when the state lock
// stopped it, says who holds it, since when, and how to release it
// (package statelock); it prints nothing for any other failure.
func lockHintCmd(args []string) error {
	fs := flag.NewFlagSet("lock-hint", flag.ContinueOnError)
	envName := fs.String("env", "", "environment")
	stack := fs.String("stack", "", "the stack tofu ran for")
	dir := fs.String("dir", "", "the stack's working folder")
	logPath := fs.String("log", "", "tofu's output")
	if err := fs.Parse(args); err != nil {
		return err
	}
	env, err := model.LoadEnvironment(envDir(), *envName)
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(*logPath)
	if err != nil {
		return err
	}
	if l, ok := statelock.Parse(string(raw)); ok {
		fmt.Fprintln(os.Stderr, statelock.Hint(l, env.State.Backend, *stack, *dir))
	}
	return nil
}
