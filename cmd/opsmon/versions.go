package main

import (
	"fmt"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// versionsCmd prints the component releases as shell assignments; setup evaluates
// them, so the model is the one place a version is pinned.
func versionsCmd(args []string) error {
	if len(args) != 0 {
		return fmt.Errorf("usage: opsmon versions")
	}
	for _, r := range model.Releases() {
		fmt.Print(r.Shell())
	}
	return nil
}
