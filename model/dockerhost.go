package model

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// DefaultDockerHost is the engine on the machine that runs the deploy: the local
// environment's, and the only one an environment may leave unnamed. Elsewhere the
// machine running the deploy (a CI runner, a laptop) is not the host it meant.
const DefaultDockerHost = "unix:///var/run/docker.sock"

// DockerHost is the Docker engine an environment's host stack deploys to: a local
// socket, or an engine reached over SSH whose host key is pinned here, so a deploy
// never trusts a key on first use.
type DockerHost struct {
	// Host is unix:///path/to/docker.sock or ssh://user@host[:port]; only the local
	// environment may leave it empty (DefaultDockerHost).
	Host string `yaml:"host"`
	// HostKey is the SSH host key the engine's host must present, as the server
	// prints it (ssh-keyscan or /etc/ssh/ssh_host_ed25519_key.pub): "TYPE BASE64".
	HostKey string `yaml:"host_key"`
	// SocketGID is the group owning /var/run/docker.sock on an SSH host, which
	// Prometheus joins for Docker service discovery (a local socket is looked up).
	SocketGID int `yaml:"socket_gid"`
}

// EngineHost is the environment's Docker host URL (the local socket when unset).
func (e Environment) EngineHost() string { return e.Docker.URL() }

// URL is the engine's address, the local socket when unset.
func (h DockerHost) URL() string {
	if h.Host == "" {
		return DefaultDockerHost
	}
	return h.Host
}

// SSHTarget is the user, host and port of an ssh:// Docker host; ok is false for a socket.
type SSHTarget struct {
	User, Host string
	Port       int
}

// SSH parses the environment's Docker host when it is reached over SSH.
func (e Environment) SSH() (SSHTarget, bool) { return e.Docker.SSH() }

// SSH parses the engine's address when it is reached over SSH.
func (h DockerHost) SSH() (SSHTarget, bool) {
	u, err := url.Parse(h.URL())
	if err != nil || u.Scheme != "ssh" {
		return SSHTarget{}, false
	}
	port := 22
	if p := u.Port(); p != "" {
		port, _ = strconv.Atoi(p)
	}
	return SSHTarget{User: u.User.Username(), Host: u.Hostname(), Port: port}, true
}

// KnownHostsLine is the known_hosts entry pinning the host key of an SSH Docker host.
func (t SSHTarget) KnownHostsLine(hostKey string) string {
	name := t.Host
	if t.Port != 22 {
		name = fmt.Sprintf("[%s]:%d", t.Host, t.Port)
	}
	return name + " " + strings.TrimSpace(hostKey)
}

var sshKeyTypes = []string{"ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "ssh-rsa"}

func (e Environment) validateDocker(bad func(string, string, ...any)) {
	if e.Docker.Host == "" && !e.IsLocal() {
		bad("docker.host", "required outside local: a deploy would otherwise reach whatever engine runs on the machine it runs on (a CI runner's own); name the host, ssh://user@host[:port] with docker.host_key and docker.socket_gid, or write %s out in full where the host runs its own deploys", DefaultDockerHost)
	}
	e.Docker.validate(bad, "docker", false)
}

// validate checks a Docker host whose fields are named under field (docker, or
// hosts[i].docker). agentsOnly: a further host, where nothing reads the Docker
// socket, so it has no socket_gid.
func (h DockerHost) validate(bad func(string, string, ...any), field string, agentsOnly bool) {
	bad = prefixed(bad, field)
	if agentsOnly && h.SocketGID != 0 {
		bad("socket_gid", "not used on a further host (only its agents run there, and none reads the Docker socket); remove it")
		h.SocketGID = 0 // reported once
	}
	if h.Host == "" {
		if h.SocketGID != 0 {
			bad("socket_gid", "set, but %s.host is not an ssh:// host (a local socket's group is looked up); remove it", field)
		}
		if h.HostKey != "" {
			bad("host_key", "set, but %s.host is not an ssh:// host; remove it or set %s.host", field, field)
		}
		return
	}
	u, err := url.Parse(h.Host)
	switch {
	case err != nil:
		bad("host", "%q is not a URL; use unix:///var/run/docker.sock or ssh://user@host[:port]", h.Host)
	case u.Scheme == "unix":
		if u.Path == "" || u.Host != "" {
			bad("host", "%q names no socket path; use unix:///var/run/docker.sock", h.Host)
		}
		if h.HostKey != "" {
			bad("host_key", "a unix socket has no host key; remove %s.host_key", field)
		}
	case u.Scheme == "ssh":
		h.validateSSH(bad, u, agentsOnly)
	default:
		bad("host", "%q: scheme %q is not supported; use unix:///var/run/docker.sock or ssh://user@host[:port] (the Docker API over TCP is unauthenticated)", h.Host, u.Scheme)
	}
}

func (h DockerHost) validateSSH(bad func(string, string, ...any), u *url.URL, agentsOnly bool) {
	if u.User.Username() == "" || u.Hostname() == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		bad("host", "%q is not ssh://user@host[:port]; name the SSH user and host, nothing else", h.Host)
	}
	if _, hasPassword := u.User.Password(); hasPassword {
		bad("host", "carries a password; SSH to a Docker host authenticates with a key (ssh-agent or OPSMON_SSH_KEY)")
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			bad("host", "port %q is out of range 1-65535", p)
		}
	}
	if h.SocketGID <= 0 && !agentsOnly {
		bad("socket_gid", "required for an ssh:// host: the group id owning /var/run/docker.sock there (run stat -c %%g /var/run/docker.sock on the host)")
	}
	f := strings.Fields(h.HostKey)
	if len(f) == 0 {
		bad("host_key", "required for an ssh:// host, so the deploy never trusts an unknown key; copy it from the host: ssh-keyscan -p PORT HOST (the part after the host name)")
		return
	}
	_, err := base64.StdEncoding.DecodeString(f[len(f)-1])
	if len(f) != 2 || !contains(sshKeyTypes, f[0]) || err != nil {
		bad("host_key", "%q is not \"TYPE BASE64\" with TYPE one of %s; copy it from the host: ssh-keyscan -p PORT HOST", h.HostKey, strings.Join(sshKeyTypes, ", "))
	}
}

// prefixed names every field under prefix.
func prefixed(bad func(string, string, ...any), prefix string) func(string, string, ...any) {
	return func(field, format string, args ...any) { bad(prefix+"."+field, format, args...) }
}
