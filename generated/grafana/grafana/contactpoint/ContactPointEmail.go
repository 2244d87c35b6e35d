package contactpoint


type ContactPointEmail struct {
	// The addresses to send emails to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#addresses ContactPoint#addresses}
	Addresses *[]*string `field:"required" json:"addresses" yaml:"addresses"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// The templated content of the email. Defaults to ``.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#message ContactPoint#message}
	Message *string `field:"optional" json:"message" yaml:"message"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
	// Whether to send a single email CC'ing all addresses, rather than a separate email to each address.
	//
	// Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#single_email ContactPoint#single_email}
	SingleEmail interface{} `field:"optional" json:"singleEmail" yaml:"singleEmail"`
	// The templated subject line of the email. Defaults to ``.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#subject ContactPoint#subject}
	Subject *string `field:"optional" json:"subject" yaml:"subject"`
}

