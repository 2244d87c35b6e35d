package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/magicunicorn/ops-center-monitoring/review"
	"github.com/magicunicorn/ops-center-monitoring/review/snapshot"
)

// reviewCmd prints the Markdown review of the monitoring change from a base ref to
// the working tree; -json prints the working tree's snapshot instead.
func reviewCmd(args []string) error {
	fs := flag.NewFlagSet("review", flag.ContinueOnError)
	base := fs.String("base", review.DefaultBase, "git ref to compare with")
	asJSON := fs.Bool("json", false, "print the working tree's snapshot as JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	head, err := snapshot.Take(envDir())
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(os.Stdout).Encode(head)
	}
	commit, note, err := review.ResolveBase(".", *base)
	if err != nil {
		return err
	}
	if note != "" {
		fmt.Fprintln(os.Stderr, "note:", note)
		*base = "main"
	}
	cache := os.Getenv("OPSMON_CACHE")
	if cache == "" {
		cache = ".cache"
	}
	baseSnap, err := review.SnapshotAt(".", commit, filepath.Join(cache, "review"))
	if err != nil {
		return err
	}
	md, err := review.Markdown(fmt.Sprintf("%s (%.7s)", *base, commit), "this change", baseSnap, head)
	if err != nil {
		return err
	}
	fmt.Print(md)
	return nil
}
