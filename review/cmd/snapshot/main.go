// Command snapshot prints the monitoring model of the checkout it runs in as JSON.
// The review tool copies it into a checkout of the base ref and runs it there.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/magicunicorn/ops-center-monitoring/review/snapshot"
)

func main() {
	dir := "environments"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	s, err := snapshot.Take(dir)
	if err == nil {
		err = json.NewEncoder(os.Stdout).Encode(s)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
