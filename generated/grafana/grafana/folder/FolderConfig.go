package folder

import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

type FolderConfig struct {
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
	// The title of the folder.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/folder#title Folder#title}
	Title *string `field:"required" json:"title" yaml:"title"`
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/folder#id Folder#id}.
	//
	// Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
	// If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
	Id *string `field:"optional" json:"id" yaml:"id"`
	// The Organization ID. If not set, the Org ID defined in the provider block will be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/folder#org_id Folder#org_id}
	OrgId *string `field:"optional" json:"orgId" yaml:"orgId"`
	// The uid of the parent folder.
	//
	// If set, the folder will be nested. If not set, the folder will be created in the root folder. Note: This requires the nestedFolders feature flag to be enabled on your Grafana instance.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/folder#parent_folder_uid Folder#parent_folder_uid}
	ParentFolderUid *string `field:"optional" json:"parentFolderUid" yaml:"parentFolderUid"`
	// Prevent deletion of the folder if it is not empty (contains dashboards or alert rules).
	//
	// This feature requires Grafana 10.2 or later. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/folder#prevent_destroy_if_not_empty Folder#prevent_destroy_if_not_empty}
	PreventDestroyIfNotEmpty interface{} `field:"optional" json:"preventDestroyIfNotEmpty" yaml:"preventDestroyIfNotEmpty"`
	// Unique identifier.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/folder#uid Folder#uid}
	Uid *string `field:"optional" json:"uid" yaml:"uid"`
}

