package dockerproxy

import (
	"fmt"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// ConfigPath is where the rendered HAProxy config is committed.
const ConfigPath = "monitoring/dockerproxy/haproxy.cfg"

// Socket paths, read by HAProxy from its environment with these defaults.
const (
	ProxySocketEnv = "OPSMON_DOCKER_PROXY_SOCKET"
	// ProxySocketModeEnv: 660 on a host, where the socket's group is who may reach
	// it; 666 in the monitoring stack, where the volume it lies in is.
	ProxySocketModeEnv = "OPSMON_DOCKER_PROXY_SOCKET_MODE"
	DefaultProxySocket = "/run/opsmon-docker-proxy/docker.sock"
	EngineSocketEnv    = "OPSMON_DOCKER_ENGINE_SOCKET"
	DefaultEngineSock  = "/var/run/docker.sock"
)

// RefusedMessage is the body of the plan proxy's 403 for a request outside
// PlanReads, in the Docker API's error shape, so the docker CLI prints
// "Error response from daemon: <RefusedMessage>".
const RefusedMessage = "opsmon read-only Docker proxy: refused; pull-request plans may only read (GET/HEAD of inspect and list endpoints)"

// DiscoveryRefusedMessage is the docker-proxy container's 403 (HAProxy).
const DiscoveryRefusedMessage = "opsmon Docker discovery proxy: refused; Prometheus may only list containers and networks"

// Files returns the HAProxy config; it is the same for every environment.
func Files(model.Environment) (map[string][]byte, error) {
	return map[string][]byte{ConfigPath: []byte(Config())}, nil
}

// Config renders DiscoveryReads as an HAProxy 2.6 config: a frontend on a unix
// socket that answers 403 to anything the rules do not allow, in front of the
// engine's socket. The socket is created mode 0660 with HAProxy's own user and group: the
// group is who may reach it.
func Config() string {
	var b strings.Builder
	b.WriteString("# Read-only Docker API proxy for Prometheus's Docker discovery. Generated from\n")
	b.WriteString("# render/dockerproxy by `make render`; do not edit by hand.\n")
	fmt.Fprintf(&b, "# Sockets: %s (listen, default %s) and\n", ProxySocketEnv, DefaultProxySocket)
	fmt.Fprintf(&b, "# %s (the engine, default %s), from HAProxy's environment.\n", EngineSocketEnv, DefaultEngineSock)
	b.WriteString("# Run: haproxy -Ws -f haproxy.cfg (systemd) or haproxy -db -f haproxy.cfg (foreground).\n")
	b.WriteString(`global
    log stderr format raw local0 info
    maxconn 64

defaults
    mode http
    log global
    option httplog
    timeout connect 5s
    timeout http-request 10s
    timeout client 60s
    timeout server 60s

frontend docker_read_only
`)
	fmt.Fprintf(&b, "    bind \"unix@${%s-%s}\" mode \"${%s-660}\"\n", ProxySocketEnv, DefaultProxySocket, ProxySocketModeEnv)
	fmt.Fprintf(&b, "    acl read_method method %s\n", strings.Join(Methods, " "))
	fmt.Fprintf(&b, "    acl odd_path path -m sub %s\n", strings.Join(OddPathParts, " "))
	for _, r := range DiscoveryReads {
		// Single quotes: HAProxy takes the regular expression as written, no escapes.
		fmt.Fprintf(&b, "    # %s\n    acl read_only_api path -m reg '%s'\n", r.Name, r.Pattern())
	}
	deny := fmt.Sprintf(`http-request deny deny_status 403 content-type application/json string '{"message":"%s"}'`, DiscoveryRefusedMessage)
	// Read a small request body (a create's or exec's JSON) before answering, so
	// the client, still writing it, reads the 403 instead of a broken pipe.
	b.WriteString("    http-request wait-for-body time 2s at-least 16k unless read_method\n")
	fmt.Fprintf(&b, "    %s if odd_path\n", deny)
	fmt.Fprintf(&b, "    %s unless read_method read_only_api\n", deny)
	b.WriteString("    default_backend docker_engine\n\nbackend docker_engine\n")
	fmt.Fprintf(&b, "    server engine \"unix@${%s-%s}\"\n", EngineSocketEnv, DefaultEngineSock)
	return b.String()
}
