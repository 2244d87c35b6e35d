package contactpoint


type ContactPointWebhookPayload struct {
	// Custom payload template.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#template ContactPoint#template}
	Template *string `field:"required" json:"template" yaml:"template"`
	// Optionally provide a variables to be used in the payload template.
	//
	// They will be available in the template as `.Vars.<variable_name>`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#vars ContactPoint#vars}
	Vars *map[string]*string `field:"optional" json:"vars" yaml:"vars"`
}

