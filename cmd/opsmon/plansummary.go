package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/plansummary"
)

// planSummaryCmd prints the review summary of `tofu show -json PLAN` read from a
// file, or with -unchanged that of a plan `tofu plan -detailed-exitcode` found empty.
func planSummaryCmd(args []string) error {
	if len(args) == 1 && args[0] == "-unchanged" {
		fmt.Print(plansummary.Summary{}.String())
		return nil
	}
	if len(args) != 1 {
		return fmt.Errorf("usage: opsmon plan-summary PLAN.json | -unchanged")
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	s, err := plansummary.Parse(data)
	if err != nil {
		return err
	}
	fmt.Print(s.String())
	return nil
}

func parsePlanFile(path string) (plansummary.Summary, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return plansummary.Summary{}, err
	}
	return plansummary.Parse(data)
}

// planRollsCmd says whether a saved plan (its `tofu show -json`) replaces any of
// the environment's clustered Alertmanager peers: it prints them, in the order a
// rolling replace takes them, and nothing when it replaces none.
func planRollsCmd(args []string) error {
	fs := flag.NewFlagSet("plan-rolls", flag.ExitOnError)
	envName := fs.String("env", "local", "environment")
	_ = fs.Parse(args)
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: opsmon plan-rolls -env ENV PLAN.json")
	}
	env, err := model.LoadEnvironment(envDir(), *envName)
	if err != nil {
		return err
	}
	s, err := parsePlanFile(fs.Arg(0))
	if err != nil {
		return err
	}
	var peers []string
	for _, p := range rollingOrder(env) {
		if slices.Contains(s.Replaced(), p) {
			peers = append(peers, p)
		}
	}
	if len(peers) > 0 {
		fmt.Println(strings.Join(peers, " "))
	}
	return nil
}

// planCoversCmd refuses a fresh plan that does anything the reviewed one did not.
func planCoversCmd(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: opsmon plan-covers REVIEWED.json FRESH.json")
	}
	reviewed, err := parsePlanFile(args[0])
	if err != nil {
		return err
	}
	fresh, err := parsePlanFile(args[1])
	if err != nil {
		return err
	}
	return reviewed.CoverError(fresh)
}
