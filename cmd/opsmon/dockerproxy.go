package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/magicunicorn/ops-center-monitoring/planproxy"
	"github.com/magicunicorn/ops-center-monitoring/render/dockerproxy"
)

// dockerProxyCmd runs the plan proxy (package planproxy) in the foreground, as
// systemd runs it on a host (docs/LEAST_PRIVILEGE.md) and the tests on theirs.
func dockerProxyCmd(args []string) error {
	fs := flag.NewFlagSet("docker-proxy", flag.ContinueOnError)
	listen := fs.String("listen", dockerproxy.DefaultProxySocket, "the socket the plan key's forced command dials")
	engine := fs.String("engine", dockerproxy.DefaultEngineSock, "the engine's socket")
	envs := fs.String("env", "", "the environments on this engine, comma-separated: their containers are the stack's own")
	mode := fs.String("mode", "0660", "the socket's mode")
	group := fs.String("group", "", "the socket's group: who may reach the proxy (the plan key's user)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var names []string
	for _, n := range strings.Split(*envs, ",") {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return errors.New("-env: name the environments whose containers run on this engine, e.g. -env production")
	}
	m, err := strconv.ParseUint(*mode, 8, 32)
	if err != nil || m&^0o777 != 0 || m&0o007 != 0 {
		return fmt.Errorf("-mode %q: give an octal mode with nothing for others, e.g. 0660", *mode)
	}
	l, err := planproxy.Listen(*listen, os.FileMode(m), *group)
	if err != nil {
		return err
	}
	// TERM and INT close the socket (which removes it) and end the command.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	go func() { <-sig; l.Close() }()
	fmt.Fprintf(os.Stderr, "opsmon docker-proxy: %s -> %s, the containers of %s\n", *listen, *engine, strings.Join(names, ", "))
	err = planproxy.Serve(l, planproxy.New(*engine, names, os.Stderr))
	if errors.Is(err, net.ErrClosed) {
		return nil
	}
	return err
}
