package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// describeCmd prints what the deploy scripts need to know about an environment, as
// shell assignments: its state backend, the stacks a plain deploy applies, the
// stack it skips and why, and its data volumes.
func describeCmd(args []string) error {
	fs := flag.NewFlagSet("describe", flag.ExitOnError)
	envName := fs.String("env", "local", "environment")
	_ = fs.Parse(args)
	env, err := model.LoadEnvironment(envDir(), *envName)
	if err != nil {
		return err
	}
	applied, skipped, why := env.AppliedStacks()
	// Every SSH engine's pinned key: the ssh wrapper trusts these and no other.
	var knownHosts, agents []string
	for _, d := range append([]model.DockerHost{env.Docker}, hostEngines(env)...) {
		if t, ok := d.SSH(); ok {
			knownHosts = append(knownHosts, t.KnownHostsLine(d.HostKey))
		}
	}
	for _, h := range env.Hosts {
		agents = append(agents, h.Name+"="+h.Docker.URL())
	}
	for _, kv := range [][2]string{
		{"ENGINE_HOST", env.EngineHost()},
		{"ENGINE_KNOWN_HOSTS", strings.Join(knownHosts, "\n")},
		{"AGENT_HOSTS", strings.Join(agents, " ")},
		{"ENGINE_SOCKET_GID", socketGID(env)},
		{"STATE_BACKEND", env.State.Backend},
		{"STACKS", strings.Join(applied, " ")},
		{"SKIPPED_STACKS", strings.Join(skipped, " ")},
		{"SKIP_REASON", why},
		{"DATA_VOLUMES", strings.Join(env.DataVolumes(), " ")},
		{"STACK_NETWORKS", strings.Join(stackNetworks(env), " ")},
		{"CLUSTER_PEERS", strings.Join(rollingOrder(env), " ")},
		{"WEB_SCHEME", env.Scheme()},
	} {
		fmt.Printf("%s=%s\n", kv[0], shellQuote(kv[1]))
	}
	return nil
}

// rollingOrder is the order a deploy replaces clustered Alertmanager peers in,
// one at a time: the replicas, then the base (the published, routed one); none
// without a cluster.
func rollingOrder(env model.Environment) []string {
	if !env.Clustered() {
		return nil
	}
	peers := env.Replicas(model.Alertmanager)
	return append(peers[1:], peers[0])
}

// stackNetworks are the networks the host stack creates (and a destroy removes):
// the monitoring network, the peers' gossip network, node-exporter's, the product's and the edge
// network when it owns them.
func stackNetworks(env model.Environment) []string {
	out := []string{env.MonitoringNetwork()}
	if env.Clustered() {
		out = append(out, env.GossipNetwork())
	}
	if len(env.InHostNamespaces()) > 0 {
		out = append(out, env.HostNetwork())
	}
	if env.Networks.Create {
		out = append(out, env.Networks.Names...)
		if env.Traefik.Enabled {
			out = append(out, env.Traefik.Network)
		}
	}
	return out
}

// hostEngines are the engines of env's further hosts.
func hostEngines(env model.Environment) []model.DockerHost {
	var out []model.DockerHost
	for _, h := range env.Hosts {
		out = append(out, h.Docker)
	}
	return out
}

// stacksCmd lists every stack the app synthesizes, one per line.
func stacksCmd(args []string) error {
	if len(args) != 0 {
		return fmt.Errorf("usage: opsmon stacks")
	}
	for _, name := range model.EnvironmentNames {
		env, err := model.LoadEnvironment(envDir(), name)
		if err != nil {
			return err
		}
		fmt.Println(model.HostStack(name))
		for _, h := range env.Hosts {
			fmt.Println(model.AgentStack(name, h.Name))
		}
		fmt.Println(model.GrafanaStack(name))
	}
	return nil
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// socketGID is the Docker socket's group on an SSH host, "" for a local socket.
func socketGID(env model.Environment) string {
	if env.Docker.SocketGID == 0 {
		return ""
	}
	return fmt.Sprint(env.Docker.SocketGID)
}
