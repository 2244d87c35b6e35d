package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/orphans"
)

// orphansCmd clears what an interrupted apply left on the engine before the
// next apply of the stack in -dir: it removes the environment's containers the
// state does not hold and adopts its networks into the state (package orphans
// says which, and refuses anything else). It runs docker against DOCKER_HOST and
// tofu in -dir, initialised; it prints each thing it did.
func orphansCmd(args []string) error {
	fs := flag.NewFlagSet("orphans", flag.ContinueOnError)
	env := fs.String("env", "", "environment name")
	dir := fs.String("dir", "", "the stack's synthesized folder, where tofu is initialised")
	keepState := fs.Bool("keep-state", false, "write nothing to the state (the apply of a saved plan): remove the networks an interrupted apply left, instead of adopting them")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *env == "" || *dir == "" {
		return fmt.Errorf("orphans: -env and -dir are required")
	}
	raw, err := os.ReadFile(filepath.Join(*dir, "cdk.tf.json"))
	if err != nil {
		return err
	}
	declared, err := orphans.ParseDeclared(raw)
	if err != nil {
		return err
	}
	shown, err := output(*dir, "tofu", "show", "-json")
	if err != nil {
		return fmt.Errorf("reading the state: %w", err)
	}
	state, err := orphans.ParseState(shown)
	if err != nil {
		return err
	}
	unstated := orphans.Unstated(declared, state)
	containers, err := engineContainers()
	if err != nil {
		return err
	}
	unstated.Containers = append(unstated.Containers, orphans.Replaced(declared, state, containers)...)
	if len(unstated.Containers)+len(unstated.Networks) == 0 {
		return nil
	}
	networks, err := engineNetworks()
	if err != nil {
		return err
	}
	plan, err := orphans.Decide(*env, unstated, containers, networks)
	if err == nil && *keepState {
		plan, err = plan.KeepState(networks)
	}
	if err != nil {
		return err
	}
	for _, c := range plan.Remove {
		// Stopped first, with its own stop timeout: Alertmanager writes its
		// silences and Prometheus its head before they go.
		if _, err := output("", "docker", "stop", c.ID); err != nil {
			return fmt.Errorf("stopping container %s: %w", c.Name, err)
		}
		if _, err := output("", "docker", "rm", c.ID); err != nil {
			return fmt.Errorf("removing container %s: %w", c.Name, err)
		}
		fmt.Printf("orphans: removed container %s: an interrupted apply created it and never wrote it to the state; this apply recreates it\n", c.Name)
	}
	for _, n := range plan.RemoveNetworks {
		if _, err := output("", "docker", "network", "rm", n.ID); err != nil {
			return fmt.Errorf("removing network %s: %w", n.Name, err)
		}
		fmt.Printf("orphans: removed network %s: an interrupted apply created it and never wrote it to the state; this apply recreates it\n", n.Name)
	}
	for _, i := range plan.Import {
		if _, err := output(*dir, "tofu", "import", "-input=false", i.Address, i.ID); err != nil {
			return fmt.Errorf("adopting network %s: %w", i.Name, err)
		}
		fmt.Printf("orphans: adopted network %s into the state: an interrupted apply created it and never wrote it there\n", i.Name)
	}
	return nil
}

// output runs a command in dir and returns its standard output; on failure the
// error carries its standard error.
func output(dir, name string, args ...string) ([]byte, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// inspectAll lists the ids of kind ("container" or "network"), every container
// stopped or not, and inspects them into v.
func inspectAll(kind string, v any) error {
	list := []string{kind, "ls", "-q", "--no-trunc"}
	if kind == "container" {
		list = append(list, "-a")
	}
	ids, err := output("", "docker", list...)
	if err != nil {
		return err
	}
	if len(strings.Fields(string(ids))) == 0 {
		return nil
	}
	raw, err := output("", "docker", append([]string{kind, "inspect"}, strings.Fields(string(ids))...)...)
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, v)
}

func engineContainers() ([]orphans.Container, error) {
	var inspected []struct {
		ID     string `json:"Id"`
		Name   string
		Config struct{ Labels map[string]string }
	}
	if err := inspectAll("container", &inspected); err != nil {
		return nil, err
	}
	var out []orphans.Container
	for _, c := range inspected {
		out = append(out, orphans.Container{ID: c.ID, Name: strings.TrimPrefix(c.Name, "/"), Labels: c.Config.Labels})
	}
	return out, nil
}

func engineNetworks() ([]orphans.Network, error) {
	var inspected []struct {
		ID         string `json:"Id"`
		Name       string
		Containers map[string]struct{ Name string }
	}
	if err := inspectAll("network", &inspected); err != nil {
		return nil, err
	}
	var out []orphans.Network
	for _, n := range inspected {
		nw := orphans.Network{ID: n.ID, Name: n.Name}
		for _, c := range n.Containers {
			nw.Containers = append(nw.Containers, c.Name)
		}
		out = append(out, nw)
	}
	return out, nil
}
