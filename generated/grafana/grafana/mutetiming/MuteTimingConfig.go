package mutetiming

import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

type MuteTimingConfig struct {
	// Experimental.
	Connection interface{} `field:"optional" json:"connection" yaml:"connection"`
	// Experimental.
	Count interface{} `field:"optional" json:"count" yaml:"count"`
	// Experimental.
	DependsOn *[]cdktf.ITerraformDependable `field:"optional" json:"dependsOn" yaml:"dependsOn"`
	// Experimental.
	ForEach cdktf.ITerraformIterator `field:"optional" json:"forEach" yaml:"forEach"`
	// Experimental.
	Lifecycle *cdktf.TerraformResourceLifecycle `field:"optional" json:"lifecycle" yaml:"lifecycle"`
	// Experimental.
	Provider cdktf.TerraformProvider `field:"optional" json:"provider" yaml:"provider"`
	// Experimental.
	Provisioners *[]interface{} `field:"optional" json:"provisioners" yaml:"provisioners"`
	// The name of the mute timing.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#name MuteTiming#name}
	Name *string `field:"required" json:"name" yaml:"name"`
	// Allow modifying the mute timing from other sources than Terraform or the Grafana API. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#disable_provenance MuteTiming#disable_provenance}
	DisableProvenance interface{} `field:"optional" json:"disableProvenance" yaml:"disableProvenance"`
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#id MuteTiming#id}.
	//
	// Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
	// If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
	Id *string `field:"optional" json:"id" yaml:"id"`
	// intervals block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#intervals MuteTiming#intervals}
	Intervals interface{} `field:"optional" json:"intervals" yaml:"intervals"`
	// The Organization ID. If not set, the Org ID defined in the provider block will be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#org_id MuteTiming#org_id}
	OrgId *string `field:"optional" json:"orgId" yaml:"orgId"`
}

