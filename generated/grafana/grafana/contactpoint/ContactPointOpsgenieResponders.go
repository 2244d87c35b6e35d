package contactpoint


type ContactPointOpsgenieResponders struct {
	// Type of the responder.
	//
	// Supported: team, teams, user, escalation, schedule or a template that is expanded to one of these values.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#type ContactPoint#type}
	Type *string `field:"required" json:"type" yaml:"type"`
	// ID of the responder. Must be specified if name and username are empty.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#id ContactPoint#id}
	//
	// Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
	// If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
	Id *string `field:"optional" json:"id" yaml:"id"`
	// Name of the responder. Must be specified if username and id are empty.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#name ContactPoint#name}
	Name *string `field:"optional" json:"name" yaml:"name"`
	// User name of the responder. Must be specified if name and id are empty.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#username ContactPoint#username}
	Username *string `field:"optional" json:"username" yaml:"username"`
}

