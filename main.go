// Command ops-center-monitoring is the CDKTF app: `cdktf synth` runs it to turn the
// model into Terraform JSON for every environment's stacks.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/stacks"
)

func main() {
	// OPSMON_ENV_DIR points at another set of environment files (tests use it to
	// change one value without touching the repo).
	dir := os.Getenv("OPSMON_ENV_DIR")
	if dir == "" {
		dir = "environments"
	}
	// OPSMON_SYNTH_ENVS (comma-separated) declares only those environments' stacks:
	// make plan synthesizes the one it plans.
	var only []string
	if v := os.Getenv("OPSMON_SYNTH_ENVS"); v != "" {
		only = strings.Split(v, ",")
	}
	if err := stacks.Synth(dir, only); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
