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
	outDir := fs.String("out", "", "write the rendering under this folder instead of the repository (e.g. -env local for the compose file's e2e)")
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
	if *outDir != "" {
		return writeTree(*outDir, files, paths)
	}
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
		if err := writeFile(p, files[p]); err != nil {
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

func writeFile(p string, b []byte) error {
	mode := os.FileMode(0o644)
	if filepath.Ext(p) == ".sh" {
		mode = 0o755
	}
	return os.WriteFile(p, b, mode)
}

// writeTree writes every rendered file under dir, keeping repo-relative paths, so
// that the compose file finds its config files beside it.
func writeTree(dir string, files map[string][]byte, paths []string) error {
	for _, p := range paths {
		dst := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := writeFile(dst, files[p]); err != nil {
			return err
		}
	}
	fmt.Printf("wrote %d files under %s\n", len(paths), dir)
	return nil
}
