// Command expectations prints, as JSON, what test-alerts.sh must see on a running
// stack of any environment (the render writes the committed environment's beside
// the script): each alert with the receiver and integrations that must deliver it,
// and per service which lower alerts a firing one inhibits.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
)

func main() {
	dir := flag.String("environments", "environments", "directory of environment files")
	name := flag.String("env", "local", "environment name")
	flag.Parse()
	env, err := model.LoadEnvironment(*dir, *name)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(amconfig.BuildExpectations(env)); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
