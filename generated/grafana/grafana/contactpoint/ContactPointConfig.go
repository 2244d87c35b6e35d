package contactpoint

import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

type ContactPointConfig struct {
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
	// The name of the contact point.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#name ContactPoint#name}
	Name *string `field:"required" json:"name" yaml:"name"`
	// alertmanager block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#alertmanager ContactPoint#alertmanager}
	Alertmanager interface{} `field:"optional" json:"alertmanager" yaml:"alertmanager"`
	// dingding block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#dingding ContactPoint#dingding}
	Dingding interface{} `field:"optional" json:"dingding" yaml:"dingding"`
	// Allow modifying the contact point from other sources than Terraform or the Grafana API. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_provenance ContactPoint#disable_provenance}
	DisableProvenance interface{} `field:"optional" json:"disableProvenance" yaml:"disableProvenance"`
	// discord block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#discord ContactPoint#discord}
	Discord interface{} `field:"optional" json:"discord" yaml:"discord"`
	// email block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#email ContactPoint#email}
	Email interface{} `field:"optional" json:"email" yaml:"email"`
	// googlechat block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#googlechat ContactPoint#googlechat}
	Googlechat interface{} `field:"optional" json:"googlechat" yaml:"googlechat"`
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#id ContactPoint#id}.
	//
	// Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
	// If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
	Id *string `field:"optional" json:"id" yaml:"id"`
	// jira block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#jira ContactPoint#jira}
	Jira interface{} `field:"optional" json:"jira" yaml:"jira"`
	// kafka block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#kafka ContactPoint#kafka}
	Kafka interface{} `field:"optional" json:"kafka" yaml:"kafka"`
	// line block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#line ContactPoint#line}
	Line interface{} `field:"optional" json:"line" yaml:"line"`
	// oncall block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#oncall ContactPoint#oncall}
	Oncall interface{} `field:"optional" json:"oncall" yaml:"oncall"`
	// opsgenie block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#opsgenie ContactPoint#opsgenie}
	Opsgenie interface{} `field:"optional" json:"opsgenie" yaml:"opsgenie"`
	// The Organization ID. If not set, the Org ID defined in the provider block will be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#org_id ContactPoint#org_id}
	OrgId *string `field:"optional" json:"orgId" yaml:"orgId"`
	// pagerduty block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#pagerduty ContactPoint#pagerduty}
	Pagerduty interface{} `field:"optional" json:"pagerduty" yaml:"pagerduty"`
	// pushover block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#pushover ContactPoint#pushover}
	Pushover interface{} `field:"optional" json:"pushover" yaml:"pushover"`
	// sensugo block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#sensugo ContactPoint#sensugo}
	Sensugo interface{} `field:"optional" json:"sensugo" yaml:"sensugo"`
	// slack block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#slack ContactPoint#slack}
	Slack interface{} `field:"optional" json:"slack" yaml:"slack"`
	// sns block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#sns ContactPoint#sns}
	Sns interface{} `field:"optional" json:"sns" yaml:"sns"`
	// teams block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#teams ContactPoint#teams}
	Teams interface{} `field:"optional" json:"teams" yaml:"teams"`
	// telegram block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#telegram ContactPoint#telegram}
	Telegram interface{} `field:"optional" json:"telegram" yaml:"telegram"`
	// threema block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#threema ContactPoint#threema}
	Threema interface{} `field:"optional" json:"threema" yaml:"threema"`
	// victorops block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#victorops ContactPoint#victorops}
	Victorops interface{} `field:"optional" json:"victorops" yaml:"victorops"`
	// webex block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#webex ContactPoint#webex}
	Webex interface{} `field:"optional" json:"webex" yaml:"webex"`
	// webhook block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#webhook ContactPoint#webhook}
	Webhook interface{} `field:"optional" json:"webhook" yaml:"webhook"`
	// wecom block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#wecom ContactPoint#wecom}
	Wecom interface{} `field:"optional" json:"wecom" yaml:"wecom"`
}

