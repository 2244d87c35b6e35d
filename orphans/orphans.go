// Package orphans finds what a killed apply left behind: containers and networks
// the host stack declares, that exist on the engine, but that its state does not
// hold (Docker made them; the apply died before it wrote them to state), and
// containers a killed replace made in place of the one the state still names
// (Replaced). The next apply would stop on "name already in use"; Decide says
// what to do first.
//
// A container is this project's only if it carries the environment's label: it
// is removed (the apply recreates it from the same configuration). A network
// carries no label, so it is adopted into state, and only when every container
// on it is the environment's; for the apply of a saved plan (KeepState), which a
// change of state would make stale, it is removed instead, once empty. Anything else with a name the
// stack wants stops the command, named. Volumes are never touched: data volumes
// are not in any stack, and Docker hands an existing config volume back to the
// apply that asks for it.
package orphans

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// EnvironmentLabel marks every container of an environment (hostplan sets it).
const EnvironmentLabel = model.ContainerEnvironmentLabel

// Resource is one declared resource: its Terraform address and Docker name.
type Resource struct{ Address, Name string }

// Declared is what the stack's synthesized JSON declares.
type Declared struct{ Containers, Networks []Resource }

// Container is a container on the engine.
type Container struct {
	ID, Name string
	Labels   map[string]string
}

// Network is a network on the engine, with the names of the containers on it.
type Network struct {
	ID, Name   string
	Containers []string
}

// Import adopts an existing object into state at Address.
type Import struct{ Address, ID, Name string }

// Plan is what to do before the apply.
type Plan struct {
	Remove []Container
	Import []Import
	// RemoveNetworks are removed, once Remove's containers are gone, instead of
	// adopted (KeepState).
	RemoveNetworks []Import
}

// Empty reports whether nothing was left behind.
func (p Plan) Empty() bool {
	return len(p.Remove) == 0 && len(p.Import) == 0 && len(p.RemoveNetworks) == 0
}

// KeepState is p for the apply of a saved plan, which the state must not change
// under (tofu refuses a stale plan): each network p would adopt is removed
// instead, for the plan to create again. Only a network left empty by p's
// removals: one that keeps a container would take it down with it.
func (p Plan) KeepState(networks []Network) (Plan, error) {
	removing := map[string]bool{}
	for _, c := range p.Remove {
		removing[c.Name] = true
	}
	out := Plan{Remove: p.Remove}
	for _, i := range p.Import {
		for _, n := range networks {
			if n.ID != i.ID {
				continue
			}
			for _, c := range n.Containers {
				if !removing[c] {
					return Plan{}, fmt.Errorf("network %s, which an interrupted apply left outside the state, holds container %s, so it can only be adopted, and that changes the state under the saved plan: run `make deploy` for the environment (it adopts it), or plan again after removing it", n.Name, c)
				}
			}
		}
		out.RemoveNetworks = append(out.RemoveNetworks, i)
	}
	return out, nil
}

// ParseDeclared reads the docker_container and docker_network names of a
// synthesized stack (cdk.tf.json).
func ParseDeclared(raw []byte) (Declared, error) {
	var doc struct {
		Resource map[string]map[string]struct {
			Name string `json:"name"`
		} `json:"resource"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return Declared{}, fmt.Errorf("the synthesized stack: %w", err)
	}
	list := func(typ string) []Resource {
		var out []Resource
		for key, r := range doc.Resource[typ] {
			out = append(out, Resource{Address: typ + "." + key, Name: r.Name})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Address < out[j].Address })
		return out
	}
	return Declared{Containers: list("docker_container"), Networks: list("docker_network")}, nil
}

// State is what a state holds: each resource's address, and the id it records.
type State map[string]string

// Has reports whether the state holds address.
func (s State) Has(address string) bool {
	_, ok := s[address]
	return ok
}

// ParseState reads the addresses a state holds and their ids, from `tofu show -json`.
func ParseState(raw []byte) (State, error) {
	type module struct {
		Resources []struct {
			Address string `json:"address"`
			Values  struct {
				ID string `json:"id"`
			} `json:"values"`
		} `json:"resources"`
		ChildModules []json.RawMessage `json:"child_modules"`
	}
	var doc struct {
		Values *struct {
			RootModule json.RawMessage `json:"root_module"`
		} `json:"values"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("the state (tofu show -json): %w", err)
	}
	out := State{}
	if doc.Values == nil {
		return out, nil // no state yet
	}
	var walk func(json.RawMessage) error
	walk = func(m json.RawMessage) error {
		var mod module
		if err := json.Unmarshal(m, &mod); err != nil {
			return err
		}
		for _, r := range mod.Resources {
			out[r.Address] = r.Values.ID
		}
		for _, c := range mod.ChildModules {
			if err := walk(c); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(doc.Values.RootModule); err != nil {
		return nil, fmt.Errorf("the state (tofu show -json): %w", err)
	}
	return out, nil
}

// Unstated is what the stack declares that its state does not hold: the only
// names an apply could find taken by a killed apply.
func Unstated(d Declared, state State) Declared {
	var out Declared
	for _, c := range d.Containers {
		if !state.Has(c.Address) {
			out.Containers = append(out.Containers, c)
		}
	}
	for _, n := range d.Networks {
		if !state.Has(n.Address) {
			out.Networks = append(out.Networks, n)
		}
	}
	return out
}

// Replaced are the declared containers the state holds under an id that is not
// the engine's container of that name: a replace was killed after Docker made
// the new one and before the apply wrote it (the old one is gone). The apply
// would create it again, on a taken name. A container of that name that is not
// the environment's is left to Decide, which refuses it.
func Replaced(d Declared, state State, containers []Container) []Resource {
	byName := map[string]Container{}
	for _, c := range containers {
		byName[c.Name] = c
	}
	var out []Resource
	for _, r := range d.Containers {
		id, stated := state[r.Address]
		if c, exists := byName[r.Name]; stated && exists && id != "" && c.ID != id {
			out = append(out, r)
		}
	}
	return out
}

// Decide says what to remove and adopt so that the apply of the unstated
// resources can create them, or why it must not go on.
func Decide(env string, unstated Declared, containers []Container, networks []Network) (Plan, error) {
	byName := map[string]Container{}
	for _, c := range containers {
		byName[c.Name] = c
	}
	var p Plan
	var refused []string
	removing := map[string]bool{}
	for _, r := range unstated.Containers {
		c, ok := byName[r.Name]
		if !ok {
			continue
		}
		if c.Labels[EnvironmentLabel] != env {
			refused = append(refused, fmt.Sprintf("container %s exists but is not environment %s's (label %s=%q)", r.Name, env, EnvironmentLabel, c.Labels[EnvironmentLabel]))
			continue
		}
		p.Remove = append(p.Remove, c)
		removing[c.Name] = true
	}
	for _, r := range unstated.Networks {
		for _, n := range networks {
			if n.Name != r.Name {
				continue
			}
			var foreign []string
			for _, name := range n.Containers {
				if byName[name].Labels[EnvironmentLabel] != env && !removing[name] {
					foreign = append(foreign, name)
				}
			}
			if len(foreign) > 0 {
				sort.Strings(foreign)
				refused = append(refused, fmt.Sprintf("network %s exists and holds containers that are not environment %s's: %s", r.Name, env, strings.Join(foreign, ", ")))
				continue
			}
			p.Import = append(p.Import, Import{Address: r.Address, ID: n.ID, Name: n.Name})
		}
	}
	if len(refused) > 0 {
		return Plan{}, fmt.Errorf("names the stack needs are taken by something this project did not make, so nothing was changed: %s; remove or rename them yourself, then run the command again", strings.Join(refused, "; "))
	}
	return p, nil
}
