// Package render gathers every file rendered from the model for one environment:
// the config files the containers load and the docs written to the repo.
package render

import (
	"fmt"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
	"github.com/magicunicorn/ops-center-monitoring/render/backenddoc"
	"github.com/magicunicorn/ops-center-monitoring/render/compose"
	"github.com/magicunicorn/ops-center-monitoring/render/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/render/dockerproxy"
	"github.com/magicunicorn/ops-center-monitoring/render/grafanaprov"
	"github.com/magicunicorn/ops-center-monitoring/render/hostdoc"
	"github.com/magicunicorn/ops-center-monitoring/render/promconfig"
	"github.com/magicunicorn/ops-center-monitoring/render/rules"
	"github.com/magicunicorn/ops-center-monitoring/render/runbook"
)

// OwnedDirs are folders whose every file is rendered: anything else in them is stale.
var OwnedDirs = []string{rules.TestsDir}

type renderer func(model.Environment) (map[string][]byte, error)

var renderers = []renderer{
	promconfig.Files,
	rules.Files,
	amconfig.Files,
	runbook.Files,
	hostdoc.Files,
	dockerproxy.Files,
	backenddoc.Files,
	grafanaprov.Files,
	composeGrafana,
	// Dashboards do not vary by environment: every one reads the same metrics.
	func(model.Environment) (map[string][]byte, error) { return dashboards.Files() },
}

// composeGrafana is the compose file's dashboard providers, where env runs Grafana.
func composeGrafana(env model.Environment) (map[string][]byte, error) {
	if !env.Has(model.Grafana) {
		return nil, nil
	}
	return grafanaprov.ComposeFiles()
}

// All renders every file for env, keyed by repo-relative path.
func All(env model.Environment) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, r := range renderers {
		files, err := r(env)
		if err != nil {
			return nil, err
		}
		for p, b := range files {
			if _, dup := out[p]; dup {
				return nil, fmt.Errorf("two renderers write %s", p)
			}
			out[p] = b
		}
	}
	// The compose file transcribes the host plan, which needs every config file.
	plan, err := hostplan.Build(env, out)
	if err != nil {
		return nil, err
	}
	files, err := compose.Render(env, plan)
	if err != nil {
		return nil, err
	}
	for p, b := range files {
		out[p] = b
	}
	return out, nil
}
