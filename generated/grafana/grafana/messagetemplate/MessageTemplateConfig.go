package messagetemplate

import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

type MessageTemplateConfig struct {
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
	// The name of the notification template group.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/message_template#name MessageTemplate#name}
	Name *string `field:"required" json:"name" yaml:"name"`
	// The content of the notification template group.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/message_template#template MessageTemplate#template}
	Template *string `field:"required" json:"template" yaml:"template"`
	// Allow modifying the message template from other sources than Terraform or the Grafana API. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/message_template#disable_provenance MessageTemplate#disable_provenance}
	DisableProvenance interface{} `field:"optional" json:"disableProvenance" yaml:"disableProvenance"`
	// The Organization ID. If not set, the Org ID defined in the provider block will be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/message_template#org_id MessageTemplate#org_id}
	OrgId *string `field:"optional" json:"orgId" yaml:"orgId"`
}

