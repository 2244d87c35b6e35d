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

// PlanKeyOptions are the authorized_keys options of the plan key: whatever command
// the client asks for, the session is `docker system dial-stdio` to the proxy
// (what the docker CLI and provider run over ssh://), and restrict forbids port,
// socket and agent forwarding, which would bypass the proxy.
func PlanKeyOptions(proxySocket string) string {
	return `command="DOCKER_HOST=unix://` + proxySocket + ` exec docker system dial-stdio",restrict`
}
