package snapshot

import (
	"fmt"

	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render"
)

// Take builds the snapshot of the checkout whose environment files are in envDir.
func Take(envDir string) (Snapshot, error) {
	s := Snapshot{Format: Format}
	ds, err := dashboards.All()
	if err != nil {
		return Snapshot{}, err
	}
	for _, d := range ds {
		s.Dashboards = append(s.Dashboards, dashboardOf(d))
	}
	for _, name := range model.EnvironmentNames {
		env, err := model.LoadEnvironment(envDir, name)
		if err != nil {
			return Snapshot{}, err
		}
		e, err := environment(env)
		if err != nil {
			return Snapshot{}, fmt.Errorf("environment %s: %w", name, err)
		}
		s.Environments = append(s.Environments, e)
	}
	return s, nil
}

func environment(env model.Environment) (Environment, error) {
	files, err := render.All(env)
	if err != nil {
		return Environment{}, err
	}
	e := Environment{Name: env.Name, Jobs: jobs(env)}
	if e.Routing, e.Alerts, err = alerting(env, files); err != nil {
		return Environment{}, err
	}
	plan, err := hostplan.Build(env, files)
	if err != nil {
		return Environment{}, err
	}
	for _, c := range plan.Containers {
		e.Containers = append(e.Containers, container(c))
	}
	return e, nil
}
