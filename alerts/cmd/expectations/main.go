// Command expectations prints, as JSON, what test-alerts.sh must see on a running
// stack: each alert of the environment's catalog with the receiver and integrations
// that must deliver it, and per service which lower alerts a firing one inhibits.
// The script reads it so the catalog is never copied into bash.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
)

type expectedAlert struct {
	Name         string            `json:"name"`
	Severity     string            `json:"severity"`
	Service      string            `json:"service"`
	Labels       map[string]string `json:"labels"`
	Receiver     string            `json:"receiver"`
	Integrations []string          `json:"integrations"`
}

type inhibition struct {
	Source     string   `json:"source"`
	Suppressed []string `json:"suppressed"`
}

type expectations struct {
	Environment string          `json:"environment"`
	GroupWait   string          `json:"group_wait"`
	Alerts      []expectedAlert `json:"alerts"`
	Inhibitions []inhibition    `json:"inhibitions"`
}

func main() {
	dir := flag.String("environments", "environments", "directory of environment files")
	name := flag.String("env", "local", "environment name")
	flag.Parse()
	env, err := model.LoadEnvironment(*dir, *name)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	list := alerts.All(alerts.ForEnvironment(alerts.Catalog(), env))
	out := expectations{Environment: env.Name, GroupWait: env.TimingProfile().GroupWait.String()}
	for _, a := range list {
		rcv := amconfig.ReceiverFor(a.Severity)
		out.Alerts = append(out.Alerts, expectedAlert{Name: a.Name, Severity: string(a.Severity), Service: string(a.Service),
			Labels: a.AllLabels(), Receiver: rcv, Integrations: amconfig.Integrations(rcv)})
	}
	// One scenario per inhibiting alert that has something to inhibit: the first of
	// each service and severity, so the script proves every rule without posting all.
	seen := map[string]bool{}
	for _, src := range list {
		key := string(src.Service) + "/" + string(src.Severity)
		if seen[key] {
			continue
		}
		var suppressed []string
		for _, dst := range list {
			if amconfig.Inhibits(src.AllLabels(), dst.AllLabels()) {
				suppressed = append(suppressed, dst.Name)
			}
		}
		if len(suppressed) > 0 {
			seen[key] = true
			out.Inhibitions = append(out.Inhibitions, inhibition{Source: src.Name, Suppressed: suppressed})
		}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
