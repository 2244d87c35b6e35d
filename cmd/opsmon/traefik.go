package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/traefikfile"
	"github.com/magicunicorn/ops-center-monitoring/secretsfile"
)

// traefikConfigCmd writes the file the product's Traefik reads to hand each
// routed API its own login (render/traefikfile), from the secrets file, mode 0600.
func traefikConfigCmd(args []string) error {
	fs := flag.NewFlagSet("traefik-config", flag.ContinueOnError)
	envName := fs.String("env", "", "environment")
	path := fs.String("file", "", "secrets file (KEY=VALUE lines, mode 0600)")
	out := fs.String("out", "", "where to write it: a file in Traefik's file provider directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *envName == "" || *path == "" || *out == "" {
		return fmt.Errorf("traefik-config: -env, -file and -out are required")
	}
	env, err := model.LoadEnvironment(envDir(), *envName)
	if err != nil {
		return err
	}
	f, err := secretsfile.Read(*path)
	if err != nil {
		return err
	}
	raw, err := traefikfile.Render(env, f.Secrets)
	if err != nil {
		return err
	}
	// Created, or truncated, readable by its owner alone before anything is written.
	w, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if err := w.Chmod(0o600); err != nil {
		w.Close()
		return err
	}
	if _, err := w.Write(raw); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
