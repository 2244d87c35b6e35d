package contactpoint


type ContactPointGooglechat struct {
	// The Google Chat webhook URL.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#url ContactPoint#url}
	Url *string `field:"required" json:"url" yaml:"url"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// Whether to hide the Open URL button in the message. This feature requires Grafana 12.4.0 or later.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#hide_open_button ContactPoint#hide_open_button}
	HideOpenButton interface{} `field:"optional" json:"hideOpenButton" yaml:"hideOpenButton"`
	// Whether to hide the version info in the message. This feature requires Grafana 12.4.0 or later. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#hide_version_info ContactPoint#hide_version_info}
	HideVersionInfo interface{} `field:"optional" json:"hideVersionInfo" yaml:"hideVersionInfo"`
	// The templated content of the message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#message ContactPoint#message}
	Message *string `field:"optional" json:"message" yaml:"message"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
	// The templated content of the title.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#title ContactPoint#title}
	Title *string `field:"optional" json:"title" yaml:"title"`
}

