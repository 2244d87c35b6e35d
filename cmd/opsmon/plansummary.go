package main

import (
	"fmt"
	"os"

	"github.com/magicunicorn/ops-center-monitoring/plansummary"
)

// planSummaryCmd prints the review summary of `tofu show -json PLAN` read from a file.
func planSummaryCmd(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: opsmon plan-summary PLAN.json")
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
