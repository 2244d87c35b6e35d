package model

// Every environment has two stacks (and one more per further host, AgentStack), named so that cdktf's stack patterns say what
// they do: `cdktf deploy production-host production-grafana`, `cdktf destroy 'staging-*'`.

// HostStack names the stack of an environment's containers (docker provider).
func HostStack(env string) string { return env + "-host" }

// GrafanaStack names the stack of an environment's Grafana content (grafana provider).
func GrafanaStack(env string) string { return env + "-grafana" }

// DataVolumes are the named Docker volumes holding env's data: not Terraform
// resources, so no destroy removes them (only `make purge`, locally).
func (e Environment) DataVolumes() []string {
	var out []string
	for _, c := range e.Containers() {
		if c.DataVolume != nil {
			out = append(out, e.VolumeName(c.DataVolume.Name))
		}
	}
	return out
}

// VolumeName is the Docker volume holding a component's data in env.
func (e Environment) VolumeName(name string) string { return "opsmon-" + e.Name + "-" + name }

// MonitoringNetwork is the network the host stack creates for the monitoring
// containers alone; only those that must reach the product also join its networks.
func (e Environment) MonitoringNetwork() string { return "opsmon-" + e.Name + "-monitoring" }

// AppliedStacks are the stacks a deploy of env applies when none is named. The
// Grafana stack needs the environment's Grafana: where it does not run (locally,
// and on a stand-in host built from local images) that stack is skipped, and why
// says so.
func (e Environment) AppliedStacks() (applied, skipped []string, why string) {
	applied = []string{HostStack(e.Name)}
	for _, h := range e.Hosts {
		applied = append(applied, AgentStack(e.Name, h.Name))
	}
	if e.Has(Grafana) {
		return append(applied, GrafanaStack(e.Name)), nil, ""
	}
	return applied, []string{GrafanaStack(e.Name)}, "Grafana does not run in " + e.Name + ": " + e.Absent()[Grafana]
}
