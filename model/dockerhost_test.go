package model

import (
	"testing"
)

// Each bad Docker host fixture fails with these exact messages, before anything runs.
func TestBadDockerHostsFailWithTheFieldAndTheFix(t *testing.T) {
	cases := map[string][]string{
		"docker-ssh-unpinned": {
			`testdata/docker-ssh-unpinned.yaml: docker.socket_gid: required for an ssh:// host: the group id owning /var/run/docker.sock there (run stat -c %g /var/run/docker.sock on the host)`,
			`docker.host_key: required for an ssh:// host, so the deploy never trusts an unknown key; copy it from the host: ssh-keyscan -p PORT HOST (the part after the host name)`,
		},
		"docker-tcp": {
			`testdata/docker-tcp.yaml: docker.host: "tcp://ops.example.com:2375": scheme "tcp" is not supported; use unix:///var/run/docker.sock or ssh://user@host[:port] (the Docker API over TCP is unauthenticated)`,
		},
		"docker-ssh-bad": {
			`docker.host: "ssh://ops.example.com:70000" is not ssh://user@host[:port]; name the SSH user and host, nothing else`,
			`docker.host: port "70000" is out of range 1-65535`,
			`docker.host_key: "ssh-ed25519 not-base64!" is not "TYPE BASE64" with TYPE one of ssh-ed25519, ecdsa-sha2-nistp256, ecdsa-sha2-nistp384, ecdsa-sha2-nistp521, ssh-rsa; copy it from the host: ssh-keyscan -p PORT HOST`,
		},
		"docker-unnamed": {
			`testdata/docker-unnamed.yaml: docker.host: required outside local: a deploy would otherwise reach whatever engine runs on the machine it runs on (a CI runner's own); name the host, ssh://user@host[:port] with docker.host_key and docker.socket_gid, or write unix:///var/run/docker.sock out in full where the host runs its own deploys`,
		},
		"docker-socket-key": {
			`testdata/docker-socket-key.yaml: docker.host_key: a unix socket has no host key; remove docker.host_key`,
		},
	}
	wantLoadErrors(t, cases)
}

func TestSSHDockerHostPinsItsKey(t *testing.T) {
	env := Environment{Docker: DockerHost{Host: "ssh://deploy@127.0.0.1:2222", HostKey: "ssh-ed25519 AAAA "}}
	got, ok := env.SSH()
	if !ok || got != (SSHTarget{User: "deploy", Host: "127.0.0.1", Port: 2222}) {
		t.Fatalf("SSH() = %+v, %v", got, ok)
	}
	if line := got.KnownHostsLine(env.Docker.HostKey); line != "[127.0.0.1]:2222 ssh-ed25519 AAAA" {
		t.Errorf("known_hosts line %q", line)
	}
	if line := (SSHTarget{User: "d", Host: "ops.example.com", Port: 22}).KnownHostsLine("ssh-rsa BBBB"); line != "ops.example.com ssh-rsa BBBB" {
		t.Errorf("known_hosts line on port 22: %q", line)
	}
	if _, ok := (Environment{}).SSH(); ok {
		t.Error("the default local socket is not an SSH host")
	}
	if h := (Environment{}).EngineHost(); h != DefaultDockerHost {
		t.Errorf("default engine host %q", h)
	}
}
