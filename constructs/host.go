package constructs

import (
	cx "github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/magicunicorn/ops-center-monitoring/generated/kreuzwerker/docker/container"
	"github.com/magicunicorn/ops-center-monitoring/generated/kreuzwerker/docker/network"
	"github.com/magicunicorn/ops-center-monitoring/hostplan"
)

// NewMonitoringHost declares the monitoring network, the product's networks (when
// the stack owns them) and the containers, in plan order so depends_on can name
// earlier ones.
func NewMonitoringHost(scope cx.Construct, id string, plan hostplan.Plan, vars map[string]cdktf.TerraformVariable) map[string]container.Container {
	host := cx.NewConstruct(scope, jsii.String(id))
	in := Inputs{Variables: vars, Ready: map[string]container.Container{}, Networks: map[string]*string{}}
	create := func(name string) {
		n := network.NewNetwork(host, jsii.String("network-"+name), &network.NetworkConfig{
			Name: jsii.String(name), Driver: jsii.String("bridge"),
		})
		in.Networks[name] = n.Name()
		in.DependsOn = append(in.DependsOn, n)
	}
	create(plan.MonitoringNetwork)
	for _, g := range []*hostplan.Network{plan.Gossip, plan.HostNet} {
		if g == nil {
			continue
		}
		n := network.NewNetwork(host, jsii.String("network-"+g.Name), &network.NetworkConfig{
			Name: jsii.String(g.Name), Driver: jsii.String("bridge"),
			IpamConfig: []*network.NetworkIpamConfig{{Subnet: jsii.String(g.Subnet)}},
		})
		in.Networks[g.Name] = n.Name()
		in.DependsOn = append(in.DependsOn, n)
	}
	outside := plan.Networks
	if plan.EdgeNetwork != "" {
		outside = append(append([]string{}, outside...), plan.EdgeNetwork)
	}
	for _, name := range outside {
		if plan.CreateNetworks {
			create(name)
		} else {
			in.Networks[name] = jsii.String(name)
		}
	}
	for _, c := range plan.Containers {
		in.Ready[c.Name] = NewContainer(host, c, in)
	}
	return in.Ready
}
