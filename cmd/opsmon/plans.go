package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/planbundle"
)

// madeFlags are the flags saying what a plan folder was, or must have been, made from.
func madeFlags(fs *flag.FlagSet) (*planbundle.Made, *string) {
	m := &planbundle.Made{}
	dir := fs.String("dir", "", "the plan folder (OPSMON_PLAN_OUT)")
	fs.StringVar(&m.Env, "env", "", "environment")
	fs.StringVar(&m.Commit, "commit", "", "commit of the checkout")
	fs.StringVar(&m.Tree, "tree", "", "tree of the checkout")
	fs.StringVar(&m.Run, "run", "local", "the CI run (GITHUB_RUN_ID), or local")
	return m, dir
}

// planMadeCmd records in a plan folder what its plans are made from, and prints
// nothing; planDigestCmd prints the digest of the finished folder.
func planMadeCmd(args []string) error {
	fs := flag.NewFlagSet("plan-made", flag.ExitOnError)
	m, dir := madeFlags(fs)
	_ = fs.Parse(args)
	return planbundle.Write(*dir, *m)
}

func planDigestCmd(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: opsmon plan-digest DIR")
	}
	d, err := planbundle.Digest(args[0])
	if err == nil {
		fmt.Println(d)
	}
	return err
}

// planCheckCmd refuses a plan folder made for another environment, tree or run,
// or not matching its digest, and prints the stacks to apply, in order.
func planCheckCmd(args []string) error {
	fs := flag.NewFlagSet("plan-check", flag.ExitOnError)
	m, dir := madeFlags(fs)
	digest := fs.String("digest", "", "the digest reported when the plans were made")
	_ = fs.Parse(args)
	env, err := model.LoadEnvironment(envDir(), m.Env)
	if err != nil {
		return err
	}
	order, _, _ := env.AppliedStacks()
	stacks, err := planbundle.Check(*dir, *m, *digest, order)
	if err == nil {
		fmt.Println(strings.Join(stacks, " "))
	}
	return err
}
