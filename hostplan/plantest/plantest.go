// Package plantest builds an environment's host plan exactly as a deploy does
// (its file, every renderer, hostplan), for tests outside hostplan.
package plantest

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render"
)

// Plan is one environment's render and host plan.
type Plan struct {
	Env   model.Environment
	Files map[string][]byte
	hostplan.Plan
}

// Build loads the repository's environments/NAME.yaml, renders it and builds its plan.
func Build(t testing.TB, name string) Plan { t.Helper(); return BuildWith(t, name, nil) }

// BuildWith is Build with the loaded environment changed by edit first (nil: as is).
func BuildWith(t testing.TB, name string, edit func(*model.Environment)) Plan {
	t.Helper()
	_, here, _, _ := runtime.Caller(0)
	env, err := model.LoadEnvironment(filepath.Join(filepath.Dir(here), "..", "..", "environments"), name)
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(&env)
	}
	files, err := render.All(env)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := hostplan.Build(env, files)
	if err != nil {
		t.Fatal(err)
	}
	return Plan{Env: env, Files: files, Plan: plan}
}
