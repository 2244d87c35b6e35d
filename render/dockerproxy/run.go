package dockerproxy

import (
	"os"
	"os/exec"
)

// Command is HAProxy running the config at cfgPath in the foreground, listening
// on proxySock in front of the engine at engineSock: how the tests and the SSH
// bench run the proxy (a host runs it under systemd, docs/LEAST_PRIVILEGE.md).
func Command(haproxy, cfgPath, engineSock, proxySock string) *exec.Cmd {
	cmd := exec.Command(haproxy, "-db", "-f", cfgPath)
	cmd.Env = append(os.Environ(), ProxySocketEnv+"="+proxySock, EngineSocketEnv+"="+engineSock)
	return cmd
}
