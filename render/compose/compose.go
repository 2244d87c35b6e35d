// Package compose renders monitoring/docker-compose.monitoring.yml from the same host
// plan the cdktf stack declares: the containers, networks, volumes, healthchecks and
// Traefik labels, for operators who run compose rather than Terraform.
package compose

import (
	"bytes"
	"fmt"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/grafanaprov"
)

// Path is where the compose file is written; bind mounts of rendered files are
// relative to its folder.
const Path = "monitoring/docker-compose.monitoring.yml"

// File is the compose document, only the keys this stack uses (Compose
// specification, also understood by docker-compose 1.29).
type File struct {
	Services map[string]Service `yaml:"services"`
	Networks map[string]Network `yaml:"networks"`
	Volumes  map[string]Volume  `yaml:"volumes,omitempty"`
}

// Service is one container.
type Service struct {
	ContainerName string             `yaml:"container_name"`
	Hostname      string             `yaml:"hostname,omitempty"`
	NetworkMode   string             `yaml:"network_mode,omitempty"`
	Pid           string             `yaml:"pid,omitempty"`
	ExtraHosts    []string           `yaml:"extra_hosts,omitempty"`
	Image         string             `yaml:"image"`
	Command       []string           `yaml:"command,omitempty"`
	Environment   map[string]string  `yaml:"environment,omitempty"`
	Ports         []string           `yaml:"ports,omitempty"`
	Labels        map[string]string  `yaml:"labels,omitempty"`
	Volumes       []string           `yaml:"volumes,omitempty"`
	Tmpfs         []string           `yaml:"tmpfs,omitempty"`
	MemLimit      string             `yaml:"mem_limit"`
	MemswapLimit  string             `yaml:"memswap_limit"`
	User          string             `yaml:"user,omitempty"`
	ReadOnly      bool               `yaml:"read_only,omitempty"`
	Privileged    bool               `yaml:"privileged,omitempty"`
	CapDrop       []string           `yaml:"cap_drop"`
	CapAdd        []string           `yaml:"cap_add,omitempty"`
	SecurityOpt   []string           `yaml:"security_opt,omitempty"`
	CPUs          string             `yaml:"cpus,omitempty"`
	PidsLimit     int                `yaml:"pids_limit,omitempty"`
	StopGrace     string             `yaml:"stop_grace_period,omitempty"`
	GroupAdd      []string           `yaml:"group_add,omitempty"`
	Restart       string             `yaml:"restart"`
	Logging       Logging            `yaml:"logging"`
	Healthcheck   Healthcheck        `yaml:"healthcheck"`
	DependsOn     []string           `yaml:"depends_on,omitempty"`
	Networks      map[string]Aliases `yaml:"networks,omitempty"`
}

// Logging rotates container logs like the stack does.
type Logging struct {
	Driver  string            `yaml:"driver"`
	Options map[string]string `yaml:"options"`
}

// Healthcheck is the container's health probe.
type Healthcheck struct {
	Test        []string `yaml:"test"`
	Interval    string   `yaml:"interval"`
	Timeout     string   `yaml:"timeout"`
	Retries     int      `yaml:"retries"`
	StartPeriod string   `yaml:"start_period"`
}

// Aliases is a service's names on one network.
type Aliases struct {
	Aliases     []string `yaml:"aliases"`
	IPv4Address string   `yaml:"ipv4_address,omitempty"`
}

// Network is created by compose, or external when the environment attaches to
// networks the host already has.
type Network struct {
	Name     string `yaml:"name"`
	External bool   `yaml:"external,omitempty"`
	IPAM     *IPAM  `yaml:"ipam,omitempty"`
}

// IPAM gives a created network its subnet (the gossip network's peers have
// fixed addresses in it).
type IPAM struct {
	Config []struct {
		Subnet string `yaml:"subnet"`
	} `yaml:"config"`
}

// Volume is a named data volume, named as the stack names it so both tools share it.
// A secrets volume is external: `make secrets-push` creates and fills it.
type Volume struct {
	Name     string `yaml:"name"`
	External bool   `yaml:"external,omitempty"`
}

// Render builds the compose file of env from its host plan.
func Render(env model.Environment, plan hostplan.Plan) (map[string][]byte, error) {
	f := File{Services: map[string]Service{}, Networks: map[string]Network{}, Volumes: map[string]Volume{}}
	f.Networks[plan.MonitoringNetwork] = Network{Name: plan.MonitoringNetwork}
	for _, n := range plan.Networks {
		f.Networks[n] = Network{Name: n, External: !plan.CreateNetworks}
	}
	if n := plan.EdgeNetwork; n != "" {
		f.Networks[n] = Network{Name: n, External: !plan.CreateNetworks}
	}
	for _, g := range []*hostplan.Network{plan.Gossip, plan.HostNet} {
		if g == nil {
			continue
		}
		ipam := &IPAM{Config: make([]struct {
			Subnet string `yaml:"subnet"`
		}, 1)}
		ipam.Config[0].Subnet = g.Subnet
		f.Networks[g.Name] = Network{Name: g.Name, IPAM: ipam}
	}
	for _, c := range plan.Containers {
		s, err := service(c, plan)
		if err != nil {
			return nil, fmt.Errorf("compose: container %s: %w", c.Name, err)
		}
		f.Services[c.Name] = s
		for _, v := range c.Volumes {
			f.Volumes[v.Name] = Volume{Name: v.Name}
		}
		if m := c.Secrets; m != nil {
			f.Volumes[m.Volume] = Volume{Name: m.Volume, External: true}
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Generated from the Go model (hostplan, environment %s) by render/compose. Do not edit: change the Go and re-render.\n", env.Name)
	fmt.Fprintf(&b, "# Run from this folder: DOCKER_SOCKET_GID=$(stat -c %%g /var/run/docker.sock) docker compose -f %s up -d\n", path.Base(Path))
	b.WriteString("# Secrets: files in each container's secrets volume (external), placed first by make secrets-push ENV=" + env.Name + ", as for a Terraform deploy.\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return map[string][]byte{Path: b.Bytes()}, enc.Close()
}

func service(c hostplan.Container, plan hostplan.Plan) (Service, error) {
	s := Service{
		ContainerName: c.Name, Hostname: c.Name, Image: c.Image, Command: c.Command,
		Labels:       c.Labels,
		MemLimit:     fmt.Sprintf("%dm", c.MemoryMB),
		MemswapLimit: fmt.Sprintf("%dm", c.MemoryMB),
		User:         c.User, ReadOnly: c.ReadOnly, Privileged: c.Privileged,
		CapDrop: []string{"ALL"}, CapAdd: c.CapAdd, CPUs: c.CPUs, PidsLimit: c.PidsLimit,
		Restart: hostplan.RestartPolicy,
		Logging: Logging{Driver: hostplan.LogDriver, Options: map[string]string{"max-size": hostplan.LogMaxSize, "max-file": hostplan.LogMaxFile}},
		Healthcheck: Healthcheck{Test: c.Healthcheck, Interval: c.HealthInterval, Timeout: hostplan.HealthTimeout,
			Retries: hostplan.HealthRetries, StartPeriod: hostplan.HealthStartPeriod},
		DependsOn: c.DependsOn,
		Networks:  map[string]Aliases{},
	}
	if c.HostNamespaces {
		s.Hostname, s.NetworkMode, s.Pid = "", "host", "host"
	}
	for _, name := range slices.Sorted(maps.Keys(c.ExtraHosts)) {
		s.ExtraHosts = append(s.ExtraHosts, name+":"+c.ExtraHosts[name])
	}
	s.SecurityOpt = c.SecurityOpts()
	if c.StopGraceSeconds > 0 {
		s.StopGrace = fmt.Sprintf("%ds", c.StopGraceSeconds)
	}
	if len(c.Env) > 0 {
		s.Environment = map[string]string{}
	}
	for k, v := range c.Env {
		s.Environment[k] = v
	}
	for _, p := range c.Ports {
		s.Ports = append(s.Ports, fmt.Sprintf("%s:%d:%d", p.HostIP, p.External, p.Internal))
	}
	for _, v := range c.Volumes {
		mount := v.Name + ":" + v.Target
		if v.ReadOnly {
			mount += ":ro"
		}
		s.Volumes = append(s.Volumes, mount)
	}
	for _, b := range c.Binds {
		s.Volumes = append(s.Volumes, b.Source+":"+b.Target+":ro")
	}
	if m := c.Secrets; m != nil {
		s.Volumes = append(s.Volumes, m.Volume+":"+m.Dir+":ro")
	}
	for _, file := range c.Files {
		switch {
		case strings.HasPrefix(file.Source, path.Dir(Path)+"/"):
			s.Volumes = append(s.Volumes, "./"+strings.TrimPrefix(file.Source, path.Dir(Path)+"/")+":"+file.Path+":ro")
		default:
			return Service{}, fmt.Errorf("file %s comes from %q, outside %s: compose cannot mount it", file.Path, file.Source, path.Dir(Path))
		}
	}
	if c.Name == model.Grafana {
		// Compose has no Terraform to create the folders and dashboards.
		mounts, err := grafanaprov.ComposeMounts()
		if err != nil {
			return Service{}, err
		}
		for _, m := range mounts {
			s.Volumes = append(s.Volumes, "./"+strings.TrimPrefix(m.Source, path.Dir(Path)+"/")+":"+m.Target+":ro")
		}
	}
	sort.Strings(s.Volumes)
	for _, t := range c.Tmpfs {
		s.Tmpfs = append(s.Tmpfs, t+":"+hostplan.TmpfsOptions)
	}
	if c.GroupAddVariable != "" {
		v := strings.ToUpper(c.GroupAddVariable)
		s.GroupAdd = []string{"${" + v + ":?set " + v + " to the group of /var/run/docker.sock}"}
	}
	for _, n := range c.Networks {
		s.Networks[n] = Aliases{Aliases: c.NamesOn(n), IPv4Address: c.Addresses[n]}
	}
	return s, nil
}
