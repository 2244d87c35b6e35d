//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// planUser is the plan key's own user, as on a host (docs/LEAST_PRIVILEGE.md §2):
// a system user in no group but its own, which is the plan proxy socket's group;
// never in docker's. The workflows name it (OPSMON_SSH_USER).
const planUser = "opsmon-plan"

var (
	planUserOnce    sync.Once
	planUserErr     error
	planUserCreated bool
)

// ensurePlanUser creates planUser on this machine when it has none (sshd runs
// the forced command with its shell, so it has /bin/sh); TestMain removes it
// again if this process created it.
func ensurePlanUser(t *testing.T) *user.User {
	t.Helper()
	planUserOnce.Do(func() {
		if _, err := user.Lookup(planUser); err == nil {
			return
		}
		// Password "*": no password logs in, yet the account is not locked ("!"),
		// which sshd refuses even for a key.
		out, err := exec.Command("useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--password", "*",
			"--shell", "/bin/sh", planUser).CombinedOutput()
		if err != nil {
			planUserErr = fmt.Errorf("useradd %s (the e2e tests run as root): %v\n%s", planUser, err, out)
			return
		}
		planUserCreated = true
	})
	if planUserErr != nil {
		t.Fatal(planUserErr)
	}
	u, err := user.Lookup(planUser)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// removePlanUser undoes ensurePlanUser, leaving the machine as found.
func removePlanUser() {
	if planUserCreated {
		if out, err := exec.Command("userdel", planUser).CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "userdel %s: %v\n%s", planUser, err, out)
		}
	}
}

// connectAs connects to the unix socket as u, with u's own groups or, when
// groups is set, with those instead: "connected" or the error, by its cause.
func connectAs(t *testing.T, u *user.User, groups, sock string) string {
	t.Helper()
	args := []string{"--reuid", u.Uid, "--regid", u.Gid}
	if groups == "" {
		args = append(args, "--init-groups")
	} else {
		args = append(args, "--groups", groups)
	}
	probe := `import socket, sys
s = socket.socket(socket.AF_UNIX)
try:
    s.connect(sys.argv[1]); print("connected")
except OSError as e:
    print(type(e).__name__, e.strerror)`
	// Debian's python3: one on root's PATH (pyenv) may be unreadable to the user.
	out, _ := exec.Command("setpriv", append(args, "/usr/bin/python3", "-c", probe, sock)...).CombinedOutput()
	return strings.TrimSpace(string(out))
}

// socketGroup is the gid owning path.
func socketGroup(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("stat", "-c", "%g", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := strconv.Atoi(strings.TrimSpace(string(out))); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}
