package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render"
)

// renderCmd writes the production rendering of every file to the repo (the files
// the request lists), or with -check reports any that differ from the Go.
func renderCmd(args []string) error {
	fs := flag.NewFlagSet("render", flag.ExitOnError)
	check := fs.Bool("check", false, "fail if a committed file differs from its rendering")
	envName := fs.String("env", "production", "environment whose rendering is committed")
	_ = fs.Parse(args)
	env, err := model.LoadEnvironment(envDir(), *envName)
	if err != nil {
		return err
	}
	files, err := render.All(env)
	if err != nil {
		return err
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var drift []string
	for _, p := range paths {
		old, _ := os.ReadFile(p)
		if bytes.Equal(old, files[p]) {
			continue
		}
		if *check {
			drift = append(drift, p)
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		mode := os.FileMode(0o644)
		if filepath.Ext(p) == ".sh" {
			mode = 0o755
		}
		if err := os.WriteFile(p, files[p], mode); err != nil {
			return err
		}
		fmt.Println("wrote", p)
	}
	// A file left in a folder only renderers write (an alert's tests after the alert
	// was removed) is drift too: render deletes it, -check names it.
	for _, dir := range render.OwnedDirs {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			p := filepath.Join(dir, e.Name())
			if _, ok := files[p]; ok || e.IsDir() {
				continue
			}
			if *check {
				drift = append(drift, p+" (stale)")
				continue
			}
			if err := os.Remove(p); err != nil {
				return err
			}
			fmt.Println("removed", p)
		}
	}
	if len(drift) > 0 {
		return fmt.Errorf("%d rendered files differ from the Go that produces them: %v; run `make render` and commit", len(drift), drift)
	}
	return nil
}
