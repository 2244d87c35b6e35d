package notificationpolicy

import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

type NotificationPolicyConfig struct {
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
	// The default contact point to route all unmatched notifications to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#contact_point NotificationPolicy#contact_point}
	ContactPoint *string `field:"required" json:"contactPoint" yaml:"contactPoint"`
	// A list of alert labels to group alerts into notifications by.
	//
	// Use the special label `...` to group alerts by all labels, effectively disabling grouping.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#group_by NotificationPolicy#group_by}
	GroupBy *[]*string `field:"required" json:"groupBy" yaml:"groupBy"`
	// Allow modifying the notification policy from other sources than Terraform or the Grafana API. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#disable_provenance NotificationPolicy#disable_provenance}
	DisableProvenance interface{} `field:"optional" json:"disableProvenance" yaml:"disableProvenance"`
	// Minimum time interval between two notifications for the same group. Default is 5 minutes.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#group_interval NotificationPolicy#group_interval}
	GroupInterval *string `field:"optional" json:"groupInterval" yaml:"groupInterval"`
	// Time to wait to buffer alerts of the same group before sending a notification. Default is 30 seconds.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#group_wait NotificationPolicy#group_wait}
	GroupWait *string `field:"optional" json:"groupWait" yaml:"groupWait"`
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#id NotificationPolicy#id}.
	//
	// Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
	// If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
	Id *string `field:"optional" json:"id" yaml:"id"`
	// The Organization ID. If not set, the Org ID defined in the provider block will be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#org_id NotificationPolicy#org_id}
	OrgId *string `field:"optional" json:"orgId" yaml:"orgId"`
	// policy block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#policy NotificationPolicy#policy}
	Policy interface{} `field:"optional" json:"policy" yaml:"policy"`
	// Minimum time interval for re-sending a notification if an alert is still firing. Default is 4 hours.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#repeat_interval NotificationPolicy#repeat_interval}
	RepeatInterval *string `field:"optional" json:"repeatInterval" yaml:"repeatInterval"`
}

