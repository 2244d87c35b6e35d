// Package hostplan turns an environment and its rendered config files into the
// plain list of networks, secrets and containers the host stack declares. It holds
// every decision about a container (ports, labels, mounts, healthcheck, hardening),
// so those decisions are unit-tested without cdktf; constructs/ only transcribes.
package hostplan

// Plan is everything the host stack declares for one environment.
type Plan struct {
	// CreateNetworks makes the stack own Networks; otherwise they must exist.
	CreateNetworks bool
	Networks       []string
	Secrets        []Secret
	// Variables are plain (non-secret) deploy-time inputs.
	Variables  []Variable
	Containers []Container
}

// Secret is a sensitive input variable, set from the environment (TF_VAR_<name>)
// or a git-ignored file; never written to the repo or the synthesized JSON.
type Secret struct {
	Name        string
	Description string
	// Placeholder, when set, is the default used where the secret is not read
	// (e.g. the sink mode ignores the real Slack URL). It is not a secret.
	Placeholder string
}

// Variable is a non-secret deploy-time input.
type Variable struct {
	Name, Description string
}

// Container is one docker_container with its image.
type Container struct {
	Name     string
	Image    string
	Command  []string
	Env      map[string]string
	Secret   map[string]SecretRef // env var -> secret-derived value
	Ports    []Port
	Labels   map[string]string
	Files    []File
	Volumes  []Volume
	Binds    []Bind
	Tmpfs    []string
	MemoryMB int
	User     string
	ReadOnly bool
	// Privileged is true only where the model documents why.
	Privileged  bool
	Healthcheck []string
	// GroupAddVariable names a Variable whose value is added as a supplementary
	// group (the Docker socket's group, for service discovery).
	GroupAddVariable string
	DependsOn        []string
}

// SecretRef is a value built from a secret: Format with %s replaced by it.
type SecretRef struct {
	Secret string
	Format string
}

// Port publishes Internal on HostIP:External.
type Port struct {
	Internal, External int
	HostIP             string
}

// File is uploaded into the container before it starts; a change replaces the
// container. Secret, when set, names the secret whose value is the content.
type File struct {
	Path string
	// Source is the rendered file's repo-relative path; empty for secrets.
	Source  string
	Content string
	Secret  string
	Mode    string
}

// Volume mounts a named Docker volume. It is not a Terraform resource: Docker
// creates it on first use and a destroy leaves it, so data survives unless
// purged explicitly (make purge).
type Volume struct {
	Name, Target string
}

// Bind is a read-only host bind mount.
type Bind struct {
	Source, Target string
}
