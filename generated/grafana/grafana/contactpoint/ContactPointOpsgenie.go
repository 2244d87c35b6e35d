package contactpoint


type ContactPointOpsgenie struct {
	// The OpsGenie API key to use.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#api_key ContactPoint#api_key}
	ApiKey *string `field:"required" json:"apiKey" yaml:"apiKey"`
	// Whether to auto-close alerts in OpsGenie when they resolve in the Alertmanager.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#auto_close ContactPoint#auto_close}
	AutoClose interface{} `field:"optional" json:"autoClose" yaml:"autoClose"`
	// A templated high-level description to use for the alert.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#description ContactPoint#description}
	Description *string `field:"optional" json:"description" yaml:"description"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// The templated content of the message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#message ContactPoint#message}
	Message *string `field:"optional" json:"message" yaml:"message"`
	// Whether to allow the alert priority to be configured via the value of the `og_priority` annotation on the alert.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#override_priority ContactPoint#override_priority}
	OverridePriority interface{} `field:"optional" json:"overridePriority" yaml:"overridePriority"`
	// responders block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#responders ContactPoint#responders}
	Responders interface{} `field:"optional" json:"responders" yaml:"responders"`
	// Whether to send annotations to OpsGenie as Tags, Details, or both.
	//
	// Supported values are `tags`, `details`, `both`, or empty to use the default behavior of Tags.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#send_tags_as ContactPoint#send_tags_as}
	SendTagsAs *string `field:"optional" json:"sendTagsAs" yaml:"sendTagsAs"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
	// Allows customization of the OpsGenie API URL.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#url ContactPoint#url}
	Url *string `field:"optional" json:"url" yaml:"url"`
}

