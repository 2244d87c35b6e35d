// Command secrets-owner runs once inside the short-lived container make secrets-push
// creates on a secrets volume: it gives every file in the folder to the consuming
// container's user, mode 0600. It is static, so it runs in any image, shell or not;
// docker cp cannot set an owner the host's passwd does not know.
// Usage: secrets-owner UID GID DIR
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "secrets-owner:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) != 3 {
		return fmt.Errorf("usage: secrets-owner UID GID DIR")
	}
	uid, err1 := strconv.Atoi(args[0])
	gid, err2 := strconv.Atoi(args[1])
	if err1 != nil || err2 != nil {
		return fmt.Errorf("UID and GID must be numbers, got %q %q", args[0], args[1])
	}
	entries, err := os.ReadDir(args[2])
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		p := filepath.Join(args[2], e.Name())
		if err := os.Chown(p, uid, gid); err != nil {
			return err
		}
		if err := os.Chmod(p, 0o600); err != nil {
			return err
		}
	}
	return nil
}
