package planproxy

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/user"
	"strconv"
	"time"
)

// Listen creates the proxy's socket at path with mode, owned by group when it is
// set: the group is who may reach the proxy (the plan key's user), and nobody
// else may. A stale socket from a stopped proxy is replaced.
func Listen(path string, mode os.FileMode, group string) (net.Listener, error) {
	if fi, err := os.Lstat(path); err == nil {
		if fi.Mode()&os.ModeSocket == 0 {
			return nil, fmt.Errorf("%s exists and is not a socket; remove it or choose another -listen", path)
		}
		if err := os.Remove(path); err != nil {
			return nil, err
		}
	}
	// Nobody may connect before the mode and group are set.
	old := umask(0o177)
	l, err := net.Listen("unix", path)
	umask(old)
	if err != nil {
		return nil, err
	}
	gid := -1
	if group != "" {
		g, err := user.LookupGroup(group)
		if err != nil {
			l.Close()
			return nil, fmt.Errorf("-group %q: %v", group, err)
		}
		gid, _ = strconv.Atoi(g.Gid)
	}
	if err := errors.Join(os.Chown(path, -1, gid), os.Chmod(path, mode)); err != nil {
		l.Close()
		return nil, err
	}
	return l, nil
}

// Serve answers on l until it is closed.
func Serve(l net.Listener, p *Proxy) error {
	srv := &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	return srv.Serve(l)
}
