// Command ops-center-monitoring is the CDKTF app: `cdktf synth` runs it to turn the
// model into Terraform JSON for every environment's stacks.
package main

import (
	"fmt"
	"os"

	"github.com/magicunicorn/ops-center-monitoring/stacks"
)

func main() {
	if err := stacks.Synth("environments"); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
