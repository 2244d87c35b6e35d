// Package statelock reads OpenTofu's "Error acquiring the state lock" and says
// what the lock is and how to release it. A PostgreSQL lock goes with its
// session, so a killed run's lock is gone by itself; a lockfile (local, s3)
// stays until released, and only someone who knows nothing else runs may
// release it: the hint gives the command, never runs it.
package statelock

import (
	"fmt"
	"regexp"
	"strings"
)

// Lock is the Lock Info tofu prints.
type Lock struct {
	ID, Path, Operation, Who, Created string
}

var field = regexp.MustCompile(`^[│|\s]*(ID|Path|Operation|Who|Created):\s*(.*?)\s*$`)

// Parse finds the lock tofu could not acquire in its output; false if the
// output holds no such error.
func Parse(output string) (Lock, bool) {
	if !strings.Contains(output, "Error acquiring the state lock") {
		return Lock{}, false
	}
	var l Lock
	for _, line := range strings.Split(output, "\n") {
		m := field.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		switch m[1] {
		case "ID":
			l.ID = m[2]
		case "Path":
			l.Path = m[2]
		case "Operation":
			l.Operation = m[2]
		case "Who":
			l.Who = m[2]
		case "Created":
			l.Created = m[2]
		}
	}
	return l, true
}

// Hint is what to tell the operator about l, for a stack of backend, whose
// working folder is dir.
func Hint(l Lock, backend, stack, dir string) string {
	who := fmt.Sprintf("%s holds the state lock of %s since %s (%s, lock %s)", orUnknown(l.Who), stack, orUnknown(l.Created), orUnknown(l.Operation), orUnknown(l.ID))
	if backend == "pg" {
		return who + ". A PostgreSQL lock goes with its session: when that run ends or dies, run the same command again."
	}
	if l.ID == "" {
		return who + ". Once you know nothing else runs against it, release it with tofu force-unlock in " + dir + "."
	}
	return who + ". If it still runs, wait for it. If it was killed, and you know nothing else runs against this environment, release the lock, then run the same command again:\n  (cd " + dir + " && tofu force-unlock -force " + l.ID + ")"
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}
