// Package plansummary reads `tofu show -json` of a saved plan and says, in a few
// lines a reviewer reads first, what will be added, changed, replaced and destroyed,
// flagging loudly anything that holds data.
package plansummary

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// stateful are the containers whose replacement a reviewer must notice: the model's
// containers that own a data volume (kept across replacement, but the service restarts).
var stateful = func() map[string]bool {
	out := map[string]bool{}
	for _, c := range append(model.Components(), model.StandIns()...) {
		if c.DataVolume != nil {
			out[c.Name] = true
		}
	}
	return out
}()

type plan struct {
	ResourceChanges []struct {
		Address string `json:"address"`
		Type    string `json:"type"`
		Change  struct {
			Actions []string        `json:"actions"`
			Before  json.RawMessage `json:"before"`
			After   json.RawMessage `json:"after"`
		} `json:"change"`
	} `json:"resource_changes"`
}

// Change is one resource's planned action.
type Change struct {
	Action  string // create, update, replace, delete
	Type    string
	Name    string // the container, network or image name
	Address string
	Data    bool // touches data: a stateful container replaced or deleted, or a volume deleted
}

// Summary is a plan's changes by action.
type Summary struct {
	Changes []Change
}

// Parse reads the JSON of `tofu show -json PLAN`.
func Parse(data []byte) (Summary, error) {
	var p plan
	if err := json.Unmarshal(data, &p); err != nil {
		return Summary{}, fmt.Errorf("not a tofu show -json plan: %w", err)
	}
	var s Summary
	for _, rc := range p.ResourceChanges {
		action := actionOf(rc.Change.Actions)
		if action == "" {
			continue
		}
		name := nameOf(rc.Change.After)
		if name == "" {
			name = nameOf(rc.Change.Before)
		}
		c := Change{Action: action, Type: rc.Type, Name: name, Address: rc.Address}
		c.Data = (rc.Type == "docker_volume" && action == "delete") ||
			(rc.Type == "docker_container" && stateful[name] && (action == "replace" || action == "delete"))
		s.Changes = append(s.Changes, c)
	}
	sort.Slice(s.Changes, func(i, j int) bool { return s.Changes[i].Address < s.Changes[j].Address })
	return s, nil
}

func actionOf(actions []string) string {
	switch strings.Join(actions, ",") {
	case "create":
		return "create"
	case "update":
		return "update"
	case "delete":
		return "delete"
	case "delete,create", "create,delete":
		return "replace"
	}
	return ""
}

func nameOf(raw json.RawMessage) string {
	var v struct {
		Name string `json:"name"`
	}
	_ = json.Unmarshal(raw, &v)
	return v.Name
}

// Count returns how many changes have the action.
func (s Summary) Count(action string) int {
	n := 0
	for _, c := range s.Changes {
		if c.Action == action {
			n++
		}
	}
	return n
}

// String is the review text: counts, then one line per change, data first.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Plan: %d to add, %d to change, %d to replace, %d to destroy.\n",
		s.Count("create"), s.Count("update"), s.Count("replace"), s.Count("delete"))
	for _, c := range s.Changes {
		if c.Data {
			fmt.Fprintf(&b, "!!! DATA: %s %s %q (%s): its service restarts; the named data volume is kept unless purged\n",
				strings.ToUpper(c.Action), c.Type, c.Name, c.Address)
		}
	}
	for _, c := range s.Changes {
		fmt.Fprintf(&b, "  %-8s %-18s %s\n", c.Action, c.Type, c.Name)
	}
	if len(s.Changes) == 0 {
		b.WriteString("No changes.\n")
	}
	return b.String()
}
