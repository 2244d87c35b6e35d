// Package hostdoc renders docs/CONTAINERS.md: every container the host stack runs,
// its image, user, limits and mounts, and why each privileged mount is there —
// from the same model the stack is built from, so the review document cannot lie.
package hostdoc

import (
	"fmt"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Files returns docs/CONTAINERS.md.
func Files(env model.Environment) (map[string][]byte, error) {
	var b strings.Builder
	b.WriteString("# Containers of the host stack\n\n")
	b.WriteString("Generated from `model/` by `make render`; do not edit by hand.\n\n")
	b.WriteString("Every container runs with `restart: unless-stopped`, a healthcheck that `cdktf deploy` waits on, ")
	b.WriteString("a memory limit without swap, and json-file logs rotated at 10 MB x 3. Data volumes are named ")
	b.WriteString("`opsmon-<environment>-<name>`, created by Docker on first use and never by Terraform: a destroy keeps them; ")
	b.WriteString("only `make purge` deletes them.\n\n")
	fmt.Fprintf(&b, "Hardening, on every container: every capability dropped (`cap_drop: ALL`, none added back: all but cAdvisor run as a non-root user), `%s`, a CPU cap (below), ", hostplan.NoNewPrivileges)
	fmt.Fprintf(&b, "and a limit of %d processes in the compose rendering. kreuzwerker/docker 4.6.0 has no pids limit, so the Terraform stack sets `ulimit nproc` to %d on every container with a user of its own instead: the kernel counts that user's tasks on the whole host, so it caps the containers sharing a user together, and a fork loop stops there (root gets none: every root process of the host counts). ", hostplan.PidsLimit, hostplan.NprocLimit)
	fmt.Fprintf(&b, "Containers with a data volume stop gracefully on a destroy or replace (`destroy_grace_seconds = %d`): SIGTERM, then up to %d s to write their state. ", hostplan.StatefulStopGrace, hostplan.StatefulStopGrace)
	b.WriteString("Networks: the stack creates `opsmon-<environment>-monitoring` for the monitoring containers; only those marked *product* below also join the product's networks (they scrape, probe or export a product service); ")
	b.WriteString("Alertmanager, Grafana and cAdvisor are on the monitoring network alone (plus Traefik's where Traefik routes their UI), out of reach of every product container; node-exporter is in the host's network, behind its password (below). ")
	b.WriteString("Every container Traefik does not route carries `traefik.enable=false`.\n\n")
	b.WriteString("## Monitoring components\n\n")
	table(&b, model.Components())
	b.WriteString("\n## Local stand-ins (local environment only)\n\n")
	table(&b, model.StandIns())
	b.WriteString("\n## Host mounts and privileges, and why\n\n")
	for _, c := range append(model.Components(), model.StandIns()...) {
		for _, m := range c.HostMounts {
			fmt.Fprintf(&b, "- `%s`: `%s` mounted read-only at `%s`: %s.\n", c.Name, m.Source, m.Target, m.Why)
		}
		if c.Privileged {
			fmt.Fprintf(&b, "- `%s` runs privileged: %s.\n", c.Name, c.WhyPrivileged)
		}
		if c.HostNamespaces {
			fmt.Fprintf(&b, "- `%s` runs in the host's network and PID namespaces: %s. It listens on one address alone: on the environment's own host, the gateway of `opsmon-<environment>-host` (`host_subnet`, `%s` unless set: `%s`), a network only Prometheus joins and reaches it on; on a further host, `hosts[].address`. Its password refuses every other caller.\n",
				c.Name, c.WhyHostNamespaces, model.DefaultHostSubnet, env.HostListenAddress())
		}
	}
	fmt.Fprintf(&b, "- `prometheus`: the volume holding `%s` (the Docker proxy's socket, not the engine's) mounted read-only, for Docker service discovery of containers labelled `prometheus.io/scrape=true`: it may list containers and networks, and gets 403 for any write.\n", model.DockerProxySocket)
	b.WriteString("- `docker-proxy`: the socket's group added (`docker_socket_gid`), so it can reach the engine; it is on the monitoring network only and listens on no port.\n")
	if err := secretMounts(&b, env); err != nil {
		return nil, err
	}
	configVolumes(&b)
	b.WriteString("\n## Not available on a machine without registries\n\n")
	for _, c := range model.Components() {
		if c.LocalAbsentReason != "" {
			fmt.Fprintf(&b, "- `%s`: %s.\n", c.Name, c.LocalAbsentReason)
		}
	}
	return map[string][]byte{"docs/CONTAINERS.md": []byte(b.String())}, nil
}

func table(b *strings.Builder, cs []model.Component) {
	b.WriteString("| container | upstream image | local image | port | user | read-only root | memory | CPUs | networks | data volume |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|\n")
	for _, c := range cs {
		vol := ""
		if c.DataVolume != nil {
			vol = fmt.Sprintf("`%s` at `%s`", c.DataVolume.Name, c.DataVolume.Target)
		}
		user := c.User
		if user == "" {
			user = "root (see below)"
		}
		nets := "monitoring"
		switch {
		case c.HostNamespaces:
			nets = "the host's (network and PID namespaces)"
		case c.Product:
			nets = "product only (a stand-in)"
		case c.ProductNetworks:
			nets = "monitoring + product"
		}
		fmt.Fprintf(b, "| `%s` | %s | %s | %d | %s | %s | %d MB | %s | %s | %s |\n",
			c.Name, code(c.Upstream), code(c.Local), c.Port, user, yesNo(c.ReadOnlyRootFS), c.MemoryMB, c.CPUs, nets, vol)
	}
}

func code(s string) string {
	if s == "" {
		return "-"
	}
	return "`" + s + "`"
}

func yesNo(v bool) string {
	if v {
		return "yes"
	}
	return "no"
}

// configVolumes says where each container reads its rendered configuration.
func configVolumes(b *strings.Builder) {
	b.WriteString("\n## Rendered configuration, read-only\n\n")
	b.WriteString("A container never receives files into its root filesystem. Its rendered files are in a volume of their own, ")
	b.WriteString("`opsmon-<environment>-<container>-config-<hash>` (the hash is of the files), mounted read-only where it reads them. ")
	b.WriteString("The stack creates that volume and a loader container, `<container>-config`: the same image, created with the volume ")
	b.WriteString("mounted writable and the files uploaded into it, and never started (no network, no capability). ")
	b.WriteString("A changed file makes a new volume, loader and container (a replace: stateful ones stop gracefully, their data volume stays); ")
	b.WriteString("a destroy removes the config volumes with the loaders, never a data volume.\n\n")
	for _, c := range model.Components() {
		if dir, ok := hostplan.ConfigDir(c.Base()); ok && c.ReplicaOf == "" {
			fmt.Fprintf(b, "- `%s`: `%s`.\n", c.Name, dir)
		}
	}
}

// secretMounts lists who reads which secret: each container's own secrets volume,
// filled by make secrets-push and mounted read-only; no other container mounts it.
func secretMounts(b *strings.Builder, env model.Environment) error {
	for _, c := range hostplan.SecretMounts(env) {
		if m := c.Secrets; m != nil {
			files := "`" + strings.Join(m.Names, "`, `") + "`"
			if m.WebConfig != "" {
				files += fmt.Sprintf(", and `%s` (its web config: user `%s` and the bcrypt hash of `%s`, derived by the push)", model.WebConfigFile, model.WebAuthUser, m.WebConfig)
			}
			fmt.Fprintf(b, "- `%s`: its secrets volume `%s` mounted read-only at `%s`, files %s (mode 0600, owner %s), written only by `make secrets-push` over the deploy's connection; no other container mounts it.\n",
				c.Name, m.Volume, m.Dir, files, m.Owner)
		}
	}
	return nil
}
