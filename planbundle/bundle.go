// Package planbundle is the folder of saved plans a deploy applies: one
// <stack>.tfplan per stack, and what they were made from (environment, commit,
// tree, run). The plan job reports a digest of the whole folder through a channel
// the folder does not travel by (a job output, or the operator's own eyes); the
// apply checks the folder against it and against its own checkout and run before
// anything is applied.
package planbundle

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// Made is what a bundle's plans were made from.
type Made struct {
	Env, Commit, Tree string
	// Run is the CI run that made them (GITHUB_RUN_ID), or "local".
	Run string
}

// PlanExt ends each saved plan's file name, after its stack's.
const PlanExt = ".tfplan"

// fields are Made's files in the folder, in the order they are checked.
var fields = []string{"env", "commit", "tree", "run"}

func (m Made) values() []string { return []string{m.Env, m.Commit, m.Tree, m.Run} }

// Write records m in dir, beside the saved plans.
func Write(dir string, m Made) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	for i, f := range fields {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(m.values()[i]+"\n"), 0o600); err != nil {
			return err
		}
	}
	return nil
}

// Digest is sha256 over every regular file of dir, each by name and content, in
// name order: a file added, removed, renamed or changed changes it.
func Digest(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	sum := sha256.New()
	for _, e := range entries { // ReadDir sorts by name
		if !e.Type().IsRegular() {
			return "", fmt.Errorf("%s holds %s, which is not a regular file; a plan folder holds only what make plan wrote", dir, e.Name())
		}
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			return "", err
		}
		h := sha256.New()
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
		fmt.Fprintf(sum, "%s\x00%x\n", e.Name(), h.Sum(nil))
	}
	return "sha256:" + hex.EncodeToString(sum.Sum(nil)), nil
}

// Check refuses a bundle made for another environment, tree or run than want, or
// whose digest is not digest, or that holds a plan of a stack not in order; it
// returns the stacks to apply, in order (the environment's: hosts before Grafana).
func Check(dir string, want Made, digest string, order []string) ([]string, error) {
	got := map[string]string{}
	for _, f := range fields {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil || strings.TrimSpace(string(b)) == "" {
			return nil, fmt.Errorf("%s/%s is missing: PLANS must be a folder written by OPSMON_PLAN_OUT=DIR make plan ENV=%s", dir, f, want.Env)
		}
		got[f] = strings.TrimSpace(string(b))
	}
	switch {
	case got["env"] != want.Env:
		return nil, fmt.Errorf("the plans in %s are for environment %s, not %s; nothing was applied", dir, got["env"], want.Env)
	case got["tree"] != want.Tree:
		return nil, fmt.Errorf("the plans in %s were made from commit %s (tree %s), but this checkout is %s (tree %s): the code changed after the review. Plan again and review that; nothing was applied.",
			dir, got["commit"], got["tree"], want.Commit, want.Tree)
	case got["run"] != want.Run:
		return nil, fmt.Errorf("the plans in %s were made by run %s, not by this one (%s): a deploy applies only the plans its own plan job made; nothing was applied", dir, got["run"], want.Run)
	}
	if digest == "" {
		return nil, errors.New("no digest to check the plans against: set OPSMON_PLAN_DIGEST to the digest make plan printed for them (in CI, the plan job's output); nothing was applied")
	}
	have, err := Digest(dir)
	if err != nil {
		return nil, err
	}
	if have != digest {
		return nil, fmt.Errorf("the plans in %s hash to %s, not to %s, the digest reported when they were made: they changed since; nothing was applied", dir, have, digest)
	}
	plans, _ := filepath.Glob(filepath.Join(dir, "*"+PlanExt))
	if len(plans) == 0 {
		return nil, fmt.Errorf("no saved plan (*%s) in %s; nothing was applied", PlanExt, dir)
	}
	var stacks []string
	for _, p := range plans {
		s := strings.TrimSuffix(filepath.Base(p), PlanExt)
		if !slices.Contains(order, s) {
			return nil, fmt.Errorf("%s names no stack of environment %s (%s); nothing was applied", p, want.Env, strings.Join(order, ", "))
		}
		stacks = append(stacks, s)
	}
	sort.Slice(stacks, func(i, j int) bool { return slices.Index(order, stacks[i]) < slices.Index(order, stacks[j]) })
	return stacks, nil
}
