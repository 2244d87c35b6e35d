package constructs

import (
	"sort"
	"strings"

	cx "github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/generated/kreuzwerker/docker/container"
	"github.com/magicunicorn/ops-center-monitoring/generated/kreuzwerker/docker/image"
	"github.com/magicunicorn/ops-center-monitoring/generated/kreuzwerker/docker/volume"
	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Inputs are the stack-level values containers refer to.
type Inputs struct {
	// Networks are the network names, by name: the created network's attribute
	// where the stack owns it (so containers depend on it).
	Networks  map[string]*string
	Variables map[string]cdktf.TerraformVariable
	// Ready holds containers already declared, for depends_on.
	Ready map[string]container.Container
	// DependsOn is added to every container (e.g. the networks the stack creates).
	DependsOn []cdktf.ITerraformDependable
}

// NewContainer declares a pinned image (kept on destroy: images are not data we
// own) and a hardened container: restart policy, healthcheck waited on at apply,
// memory limit, log rotation, the plan's user, mounts and files.
//
// Its rendered files are in a read-only volume filled by a loader container
// (hostplan.ConfigVolume), never uploaded into it: its root filesystem may be
// read-only.
func NewContainer(scope cx.Construct, c hostplan.Container, in Inputs) container.Container {
	img := image.NewImage(scope, jsii.String(c.Name+"-image"), &image.ImageConfig{
		Name:        jsii.String(c.Image),
		KeepLocally: jsii.Bool(true),
	})
	deps := append([]cdktf.ITerraformDependable{}, in.DependsOn...)
	for _, d := range c.DependsOn {
		if dep, ok := in.Ready[d]; ok {
			deps = append(deps, dep)
		}
	}
	if c.Config != nil {
		deps = append(deps, newConfigLoader(scope, c, img))
	}
	cfg := &container.ContainerConfig{
		Name:     jsii.String(c.Name),
		Image:    img.ImageId(),
		Hostname: jsii.String(c.Name),
		Command:  strs(c.Command),
		Env:      strs(env(c)),
		Restart:  jsii.String(hostplan.RestartPolicy),
		Memory:   jsii.Number(float64(c.MemoryMB)),
		// Equal to memory: no swap, and no perpetual diff from Docker's default (2x).
		MemorySwap: jsii.Number(float64(c.MemoryMB)),
		LogDriver:  jsii.String(hostplan.LogDriver),
		LogOpts:    &map[string]*string{"max-size": jsii.String(hostplan.LogMaxSize), "max-file": jsii.String(hostplan.LogMaxFile)},
		ReadOnly:   jsii.Bool(c.ReadOnly),
		Privileged: jsii.Bool(c.Privileged),
		// The provider has no pids limit (kreuzwerker/docker 4.6.0): the compose
		// rendering sets c.PidsLimit; here ulimit nproc caps the container's uid.
		Ulimit:       nproc(c.User),
		Capabilities: &container.ContainerCapabilities{Drop: strs([]string{"ALL"}), Add: strs(c.CapAdd)},
		Cpus:         jsii.String(c.CPUs),
		Labels:       labels(c.Labels),
		Ports:        ports(c.Ports),
		Volumes:      volumes(c),
		Healthcheck:  healthcheck(c.Healthcheck, c.HealthInterval),
		Wait:         jsii.Bool(true),
		WaitTimeout:  jsii.Number(180),
		MustRun:      jsii.Bool(true),
		// Named volumes are never removed with the container (docker rm -v only
		// removes anonymous ones); this also clears anonymous volumes images declare.
		RemoveVolumes: jsii.Bool(true),
		DependsOn:     &deps,
	}
	if c.User != "" {
		cfg.User = jsii.String(c.User)
	}
	cfg.SecurityOpts = strs(c.SecurityOpts())
	if c.StopGraceSeconds > 0 {
		cfg.DestroyGraceSeconds = jsii.Number(float64(c.StopGraceSeconds))
	}
	if len(c.Tmpfs) > 0 {
		tmpfs := map[string]*string{}
		for _, t := range c.Tmpfs {
			tmpfs[t] = jsii.String(hostplan.TmpfsOptions)
		}
		cfg.Tmpfs = &tmpfs
	}
	if c.GroupAddVariable != "" {
		cfg.GroupAdd = &[]*string{in.Variables[c.GroupAddVariable].StringValue()}
	}
	if c.HostNamespaces {
		// The host's own name and network: Docker refuses a hostname here.
		cfg.Hostname = nil
		cfg.NetworkMode, cfg.PidMode = jsii.String("host"), jsii.String("host")
	}
	if len(c.ExtraHosts) > 0 {
		var hosts []*container.ContainerHost
		for _, name := range sortedKeys(c.ExtraHosts) {
			hosts = append(hosts, &container.ContainerHost{Host: jsii.String(name), Ip: jsii.String(c.ExtraHosts[name])})
		}
		cfg.Host = &hosts
	}
	var nets []*container.ContainerNetworksAdvanced
	for _, n := range c.Networks {
		net := &container.ContainerNetworksAdvanced{Name: in.Networks[n], Aliases: strs(c.NamesOn(n))}
		if ip, ok := c.Addresses[n]; ok {
			net.Ipv4Address = jsii.String(ip)
		}
		nets = append(nets, net)
	}
	cfg.NetworksAdvanced = nets
	return container.NewContainer(scope, jsii.String(c.Name), cfg)
}

// newConfigLoader declares c's config volume and the container that fills it:
// created with the volume mounted writable and the files uploaded into it, never
// started, on no network, holding no capability. Docker extracts an upload into
// the volumes of a container that is not running, so the files land in the volume.
func newConfigLoader(scope cx.Construct, c hostplan.Container, img image.Image) container.Container {
	vol := volume.NewVolume(scope, jsii.String(c.Name+"-config-volume"), &volume.VolumeConfig{
		Name: jsii.String(c.Config.Name),
	})
	loader := container.NewContainer(scope, jsii.String(c.LoaderName()), &container.ContainerConfig{
		Name:         jsii.String(c.LoaderName()),
		Image:        img.ImageId(),
		NetworkMode:  jsii.String("none"),
		Start:        jsii.Bool(false),
		MustRun:      jsii.Bool(false),
		Wait:         jsii.Bool(false),
		Restart:      jsii.String("no"),
		Capabilities: &container.ContainerCapabilities{Drop: strs([]string{"ALL"})},
		SecurityOpts: strs([]string{hostplan.NoNewPrivileges}),
		Labels:       labels(map[string]string{model.ContainerEnvironmentLabel: c.Labels[model.ContainerEnvironmentLabel], hostplan.LoaderLabel: c.Name, "traefik.enable": "false"}),
		Upload:       uploads(c),
		Volumes:      &[]*container.ContainerVolumes{{VolumeName: vol.Name(), ContainerPath: jsii.String(c.Config.Dir)}},
	})
	return loader
}

func strs(in []string) *[]*string {
	if len(in) == 0 {
		return nil
	}
	out := make([]*string, len(in))
	for i, s := range in {
		out[i] = jsii.String(s)
	}
	return &out
}

// env lists the container's variables; none holds a secret (those are files).
func env(c hostplan.Container) []string {
	var out []string
	for _, k := range sortedKeys(c.Env) {
		out = append(out, k+"="+c.Env[k])
	}
	return out
}

// nproc is hostplan.NprocLimit for a container that runs as a user of its own,
// none for root.
func nproc(user string) *[]*container.ContainerUlimit {
	uid, _, _ := strings.Cut(user, ":")
	if uid == "" || uid == "0" || uid == "root" {
		return nil
	}
	n := float64(hostplan.NprocLimit)
	return &[]*container.ContainerUlimit{{Name: jsii.String("nproc"), Soft: jsii.Number(n), Hard: jsii.Number(n)}}
}

func labels(in map[string]string) *[]*container.ContainerLabels {
	var out []*container.ContainerLabels
	for _, k := range sortedKeys(in) {
		out = append(out, &container.ContainerLabels{Label: jsii.String(k), Value: jsii.String(in[k])})
	}
	return &out
}

func ports(in []hostplan.Port) *[]*container.ContainerPorts {
	if len(in) == 0 {
		return nil
	}
	var out []*container.ContainerPorts
	for _, p := range in {
		out = append(out, &container.ContainerPorts{
			Internal: jsii.Number(float64(p.Internal)), External: jsii.Number(float64(p.External)),
			Ip: jsii.String(p.HostIP), Protocol: jsii.String("tcp"),
		})
	}
	return &out
}

func uploads(c hostplan.Container) *[]*container.ContainerUpload {
	if len(c.Files) == 0 {
		return nil
	}
	var out []*container.ContainerUpload
	for _, f := range c.Files {
		out = append(out, &container.ContainerUpload{File: jsii.String(f.Path), Content: jsii.String(literal(f.Content)), Permissions: jsii.String(f.Mode)})
	}
	return &out
}

// literal escapes Terraform's template sequences, so a file that itself uses ${...}
// (HAProxy's environment defaults) is uploaded as written.
func literal(s string) string {
	return strings.NewReplacer("${", "$${", "%{", "%%{").Replace(s)
}

func volumes(c hostplan.Container) *[]*container.ContainerVolumes {
	var out []*container.ContainerVolumes
	if c.Config != nil {
		// By name: a changed hash renames it, which replaces this container.
		out = append(out, &container.ContainerVolumes{VolumeName: jsii.String(c.Config.Name), ContainerPath: jsii.String(c.Config.Dir), ReadOnly: jsii.Bool(true)})
	}
	for _, v := range c.Volumes {
		vol := &container.ContainerVolumes{VolumeName: jsii.String(v.Name), ContainerPath: jsii.String(v.Target)}
		if v.ReadOnly {
			vol.ReadOnly = jsii.Bool(true)
		}
		out = append(out, vol)
	}
	for _, b := range c.Binds {
		out = append(out, &container.ContainerVolumes{HostPath: jsii.String(b.Source), ContainerPath: jsii.String(b.Target), ReadOnly: jsii.Bool(true)})
	}
	if m := c.Secrets; m != nil {
		// Filled by make secrets-push before the deploy; the container only reads it.
		out = append(out, &container.ContainerVolumes{VolumeName: jsii.String(m.Volume), ContainerPath: jsii.String(m.Dir), ReadOnly: jsii.Bool(true)})
	}
	if len(out) == 0 {
		return nil
	}
	return &out
}

func healthcheck(test []string, interval string) *container.ContainerHealthcheck {
	return &container.ContainerHealthcheck{
		Test: strs(test), Interval: jsii.String(interval), Timeout: jsii.String(hostplan.HealthTimeout),
		Retries: jsii.Number(hostplan.HealthRetries), StartPeriod: jsii.String(hostplan.HealthStartPeriod),
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
