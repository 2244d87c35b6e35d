package hostplan

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/dockerproxy"
	"github.com/magicunicorn/ops-center-monitoring/render/grafanaprov"
)

// Where rendered files go: repo path prefix -> directory in the container.
var fileHomes = map[string]struct{ prefix, dir string }{
	model.Prometheus:       {"monitoring/prometheus/", "/etc/prometheus/"},
	model.Alertmanager:     {"monitoring/alerting/", "/etc/alertmanager/"},
	model.BlackboxExporter: {"monitoring/prometheus/blackbox.yml", "/etc/blackbox_exporter/blackbox.yml"},
	model.DockerProxy:      {dockerproxy.ConfigPath, "/usr/local/etc/haproxy/haproxy.cfg"},
	model.Grafana:          {grafanaprov.Dir + "/", grafanaprov.ContainerDir + "/"},
	model.ThanosSidecar:    {thanosFiles, model.ThanosDir + "/"},
	model.ThanosStore:      {thanosFiles, model.ThanosDir + "/"},
	model.ThanosCompact:    {thanosFiles, model.ThanosDir + "/"},
}

const thanosFiles = "monitoring/thanos/"

// Build derives the host plan of env from the rendered files (repo path -> content).
func Build(env model.Environment, files map[string][]byte) (Plan, error) {
	p := Plan{CreateNetworks: env.Networks.Create, Networks: env.Networks.Names, MonitoringNetwork: env.MonitoringNetwork()}
	if env.Traefik.Enabled {
		p.EdgeNetwork = env.Traefik.Network
	}
	if env.Clustered() {
		p.Gossip = &Network{Name: env.GossipNetwork(), Subnet: env.GossipSubnet()}
	}
	if len(env.InHostNamespaces()) > 0 {
		p.HostNet = &Network{Name: env.HostNetwork(), Subnet: env.HostSubnet()}
	}
	p.Secrets = secrets(env)
	p.Variables = []Variable{{Name: "docker_socket_gid",
		Description: "Group id owning /var/run/docker.sock on the host (stat -c %g /var/run/docker.sock); lets the read-only Docker proxy reach the engine for Prometheus's service discovery"}}
	for _, c := range env.Containers() {
		ct, err := container(env, c, files)
		if err != nil {
			return Plan{}, fmt.Errorf("container %s: %w", c.Name, err)
		}
		p.Containers = append(p.Containers, ct)
	}
	return p, nil
}

func container(env model.Environment, c model.Component, files map[string][]byte) (Container, error) {
	cmd := c.Command
	if c.Service == model.ServiceThanos {
		cmd = env.ThanosCommand(c)
	}
	ct := Container{
		Name: c.Name, Image: env.Image(c), Command: cmd,
		Env: map[string]string{},
		Labels: map[string]string{
			model.ContainerEnvironmentLabel: env.Name,
			"opsmon.service":                string(c.Service),
		},
		MemoryMB: c.MemoryMB, User: c.User, ReadOnly: c.ReadOnlyRootFS,
		Privileged: c.Privileged, Healthcheck: healthcheck(env, c, "127.0.0.1"),
		HealthInterval: env.TimingProfile().HealthInterval.String(),
		Networks:       networks(env, c), NoNewPrivileges: true, CPUs: c.CPUs, PidsLimit: PidsLimit,
	}
	if c.DataVolume != nil {
		ct.StopGraceSeconds = StatefulStopGrace
	}
	if iv := env.TimingProfile().HealthInterval; iv != model.ProductionHealthInterval {
		ct.Labels[model.HealthIntervalLabel] = ct.HealthInterval
	}
	if port, ok := env.PublishPorts[c.Name]; ok {
		ct.Ports = append(ct.Ports, Port{Internal: c.Port, External: port, HostIP: env.BindAddress})
	}
	if c.DataVolume != nil {
		ct.Volumes = append(ct.Volumes, Volume{Name: env.VolumeName(c.DataVolume.Name), Target: c.DataVolume.Target, Data: true})
	}
	for _, m := range c.HostMounts {
		ct.Binds = append(ct.Binds, Bind{Source: m.Source, Target: m.Target})
	}
	if c.ReadOnlyRootFS {
		ct.Tmpfs = []string{"/tmp"}
	}
	if err := addFiles(&ct, env, c.Base(), files); err != nil {
		return Container{}, err
	}
	addTraefik(&ct, env, c)
	if c.WebAuth != nil {
		ct.Command = append(slices.Clone(ct.Command), c.WebAuth.Flag+"="+c.WebAuth.ConfigFile())
	}
	wire(&ct, env, c.Base())
	if env.WebTLS {
		serveTLS(&ct, c)
	}
	if c.HostNamespaces {
		inHostNamespaces(&ct, env, c, env.HostListenAddress())
	}
	return ct, nil
}

// networks: stand-ins for the product sit on its networks alone, the monitoring
// containers on their own network, and on the product's only where the model says
// they must reach it, or be reached from it.
func networks(env model.Environment, c model.Component) []string {
	if c.Product {
		return env.Networks.Names
	}
	out := []string{env.MonitoringNetwork()}
	if c.ProductNetworks {
		out = append(out, env.Networks.Names...)
	}
	if env.Traefik.Enabled && c.TraefikHostKey != "" && c.ReplicaOf == "" {
		// Traefik reaches a routed UI on the edge network; only the base is routed.
		out = append(out, env.Traefik.Network)
	}
	return out
}

// healthcheck probes the component's health URL with what its image carries: the
// project's /bin/healthcheck in locally built scratch images (chosen by the image
// itself, so an override to a local image gets it too), busybox wget upstream.
func healthcheck(env model.Environment, c model.Component, addr string) []string {
	if len(c.HealthCommand) > 0 {
		return append([]string{"CMD"}, c.HealthCommand...)
	}
	url := fmt.Sprintf("http://%s:%d%s", addr, c.Port, c.HealthPath)
	if c.WebAuth != nil {
		url = fmt.Sprintf("%s://%s:%d%s", env.Scheme(), addr, c.Port, c.HealthPath)
		return authHealthcheck(env, c, url)
	}
	if model.IsLocalImage(env.Image(c)) {
		return []string{"CMD", "/bin/healthcheck", url}
	}
	return []string{"CMD", "wget", "-q", "-O", "/dev/null", url}
}

// addFiles lists the rendered files the container reads and the read-only
// volume they are delivered in (ConfigVolume).
func addFiles(ct *Container, env model.Environment, base string, files map[string][]byte) error {
	home, ok := fileHomes[base]
	if !ok {
		return nil
	}
	var paths []string
	for p := range files {
		if strings.HasPrefix(p, home.prefix) && !strings.Contains(p[len(home.prefix):], "tests/") &&
			!strings.HasSuffix(p, ".sh") && !strings.HasSuffix(p, ".json") && (base != model.Prometheus || !strings.HasSuffix(p, "blackbox.yml")) &&
			(base == model.ThanosSidecar || !strings.HasSuffix(p, "prometheus-client.yml")) {
			paths = append(paths, p)
		}
	}
	if len(paths) == 0 {
		return fmt.Errorf("no rendered files under %s; run the renderers first", home.prefix)
	}
	sort.Strings(paths)
	for _, p := range paths {
		dst := home.dir
		if strings.HasSuffix(home.prefix, "/") {
			dst = path.Join(home.dir, strings.TrimPrefix(p, home.prefix))
		}
		ct.Files = append(ct.Files, File{Path: dst, Source: p, Content: string(files[p]), Mode: "0644"})
	}
	dir, _ := ConfigDir(base)
	ct.Config = &ConfigVolume{Name: env.VolumeName(ct.Name + "-config-" + filesHash(ct.Files)), Dir: dir}
	return nil
}

// ConfigDir is the directory where the component (by its base name) reads its
// rendered files, from its read-only config volume; false if it reads none.
func ConfigDir(base string) (string, bool) {
	home, ok := fileHomes[base]
	switch {
	case !ok:
		return "", false
	case strings.HasSuffix(home.dir, "/"):
		return strings.TrimSuffix(home.dir, "/"), true
	default:
		return path.Dir(home.dir), true
	}
}

// filesHash is a short digest of the files' paths, modes and contents.
func filesHash(files []File) string {
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s\x00%s\x00%d\x00%s", f.Path, f.Mode, len(f.Content), f.Content)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// addTraefik routes HTTPS to a UI through Traefik where the environment uses it.
func addTraefik(ct *Container, env model.Environment, c model.Component) {
	t := env.Traefik
	if !t.Enabled || c.TraefikHostKey == "" || c.ReplicaOf != "" {
		// Explicit: a Traefik that exposes containers by default must not route
		// this one (blackbox-exporter would be an open proxy); the UI is the base's.
		ct.Labels["traefik.enable"] = "false"
		return
	}
	r := "traefik.http.routers." + c.Name
	ct.Labels["traefik.enable"] = "true"
	ct.Labels["traefik.docker.network"] = t.Network
	ct.Labels[r+".rule"] = fmt.Sprintf("Host(`%s`)", t.Hosts[c.TraefikHostKey])
	ct.Labels[r+".entrypoints"] = t.Entrypoint
	ct.Labels[r+".tls.certresolver"] = t.CertResolver
	if c.TraefikAuth {
		// The person's login first, then the service's own in its place.
		ct.Labels[r+".middlewares"] = t.AuthMiddleware + "," + env.BackendLogin(c.Name) + "@file"
	}
	ct.Labels["traefik.http.services."+c.Name+".loadbalancer.server.port"] = fmt.Sprint(c.Port)
	if env.WebTLS && c.WebAuth != nil {
		// HTTPS to the container, trusting the environment's CA: a serversTransport
		// the operator defines in Traefik's file provider (docs/MONITORING_SETUP.md).
		ct.Labels["traefik.http.services."+c.Name+".loadbalancer.server.scheme"] = "https"
		ct.Labels["traefik.http.services."+c.Name+".loadbalancer.serverstransport"] = ServersTransport(env) + "@file"
	}
}

// ServersTransport names the Traefik serversTransport that trusts env's CA.
func ServersTransport(env model.Environment) string { return "opsmon-" + env.Name }
