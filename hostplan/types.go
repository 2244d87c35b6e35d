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
	// MonitoringNetwork is created by the stack in every environment; each
	// container lists the networks it joins.
	MonitoringNetwork string
	// EdgeNetwork, where Traefik routes the UIs, is the one network they share
	// with Traefik; created with Networks when CreateNetworks, else it must exist.
	EdgeNetwork string
	// Gossip, when set, is the network only the Alertmanager peers join, with a
	// fixed subnet so each peer has a fixed address to gossip on.
	Gossip *Network
	// HostNet, when set, is the network no container joins whose gateway address
	// the containers in the host's namespaces listen on (model/hostnet.go).
	HostNet *Network
	Secrets []Secret
	// Variables are plain (non-secret) deploy-time inputs.
	Variables  []Variable
	Containers []Container
}

// Secret is a value Terraform never sees. The operator lists it in a secrets file;
// `make secrets-push` writes it, over the same connection as the deploy, into the
// secrets volume of each container that reads it, where the container reads it by
// path (Alertmanager's *_file settings, Grafana's __FILE and the exporters' _FILE
// variables). Neither the synthesized JSON, the plan nor the state holds it.
type Secret struct {
	Name        string
	Description string
	// Placeholder, when set, is pushed where the secret is not read (the sink mode
	// ignores the real Slack URL); it is not a secret and need not be listed.
	Placeholder string
	// Pattern, when set, is a regular expression the whole value must match;
	// Rule says it in words, with a way to make one.
	Pattern, Rule string
}

// Network is a network the stack creates with a subnet of its own.
type Network struct {
	Name, Subnet string
}

// Variable is a non-secret deploy-time input.
type Variable struct {
	Name, Description string
}

// Container is one docker_container with its image.
type Container struct {
	Name    string
	Image   string
	Command []string
	Env     map[string]string
	// Secrets is the container's secrets volume, nil when it reads none.
	Secrets *SecretMount
	Ports   []Port
	Labels  map[string]string
	Files   []File
	// Config, set when Files is, is the read-only volume that holds them.
	Config   *ConfigVolume
	Volumes  []Volume
	Binds    []Bind
	Tmpfs    []string
	MemoryMB int
	User     string
	ReadOnly bool
	// Privileged is true only where the model documents why.
	Privileged bool
	// Networks are the networks it joins: the monitoring network, the product's
	// where the model says it must reach them.
	Networks []string
	// Addresses are fixed addresses on some of those networks, by network.
	Addresses map[string]string
	// HostNamespaces runs it in the host's network and PID namespaces; it then
	// joins no network.
	HostNamespaces bool
	// ExtraHosts are /etc/hosts entries, name to address: how a container on a
	// network reaches one in the host's namespaces by its usual name.
	ExtraHosts map[string]string
	// Aliases are names it answers to on its first network (the monitoring
	// network) besides its own.
	Aliases []string
	// Hardening: every capability dropped (CapAdd names the ones it keeps), no
	// privilege gained through setuid binaries, a CPU cap and a process cap.
	CapAdd          []string
	NoNewPrivileges bool
	CPUs            string
	PidsLimit       int
	// StopGraceSeconds is how long a destroy or replace waits after SIGTERM, so a
	// stateful container writes its state (Alertmanager's silences and
	// notification log snapshot, Prometheus's head) before it is removed.
	StopGraceSeconds int
	Healthcheck      []string
	HealthInterval   string // Docker's duration, as "10s"
	// GroupAddVariable names a Variable whose value is added as a supplementary
	// group (the Docker socket's group, for service discovery).
	GroupAddVariable string
	DependsOn        []string
}

// SecurityOpts are the container's security options.
func (c Container) SecurityOpts() []string {
	var out []string
	if c.NoNewPrivileges {
		out = append(out, NoNewPrivileges)
	}
	if c.Privileged || c.HostNamespaces {
		out = append(out, LabelDisable)
	}
	return out
}

// NamesOn are the names the container answers to on network n.
func (c Container) NamesOn(n string) []string {
	if len(c.Networks) > 0 && n == c.Networks[0] {
		return append([]string{c.Name}, c.Aliases...)
	}
	return []string{c.Name}
}

// SecretMount is a container's own secrets volume, mounted read-only at Dir: one
// file per secret it reads, mode 0600, owned by Owner (the container's user).
type SecretMount struct {
	Volume string
	Dir    string
	Owner  string // uid:gid
	Names  []string
	// WebConfig, when set, names the secret whose bcrypt hash the volume's
	// model.WebConfigFile holds (the push derives it; the hash is kept while it
	// still matches the password).
	WebConfig string
	// S3File, when set, is a file the push derives from the bucket's two keys:
	// model.S3CredentialsFile (AWS shared credentials, for Thanos) or
	// model.S3IdentitiesFile (the SeaweedFS stand-in's one identity).
	S3File string
	// TLS, when set, is the server certificate (model.TLSCertFile and
	// model.TLSKeyFile) the push issues into the volume from the environment's CA,
	// for these names; CA puts the CA's certificate (model.TLSCAFile) there too,
	// for a container that calls an API over TLS (a server's healthcheck does).
	TLS *TLSNames
	CA  bool
}

// TLSNames are the names a server certificate is valid for.
type TLSNames struct {
	DNS, IPs []string
}

// Path is where the container reads the named secret.
func (m SecretMount) Path(name string) string { return m.Dir + "/" + name }

// Port publishes Internal on HostIP:External.
type Port struct {
	Internal, External int
	HostIP             string
}

// File is uploaded into the container before it starts; a change replaces the
// container. It never holds a secret (those are in the secrets volume).
type File struct {
	Path string
	// Source is the rendered file's repo-relative path; empty for secrets.
	Source  string
	Content string
	Mode    string
}

// ConfigVolume holds a container's rendered files, mounted read-only at Dir, so
// its root filesystem can be read-only too: Docker refuses an upload into a
// read-only root, but not into a volume of a container that was never started.
// The host stack creates the volume and a loader container (created, never
// started) that mounts it writable and receives the uploads. Name ends in a
// hash of the files, so a changed file makes a new volume, loader and container,
// and no file removed from the model stays behind in an old volume.
type ConfigVolume struct {
	Name string
	Dir  string
}

const (
	// LoaderLabel marks a loader container with the name of the container it serves.
	LoaderLabel = "opsmon.config-of"
	// LoaderSuffix ends every loader's name.
	LoaderSuffix = "-config"
)

// LoaderName is the name of the never-started container that fills the volume.
func (c Container) LoaderName() string { return c.Name + LoaderSuffix }

// Volume mounts a named Docker volume. It is not a Terraform resource: Docker
// creates it on first use and a destroy leaves it, so data survives unless
// purged explicitly (make purge).
type Volume struct {
	Name, Target string
	ReadOnly     bool
	// Data marks the component's data volume (history nobody can rebuild), as
	// opposed to a volume that only shares a socket.
	Data bool
}

// Bind is a read-only host bind mount.
type Bind struct {
	Source, Target string
}
