package contactpoint


type ContactPointSensugo struct {
	// The SensuGo API key.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#api_key ContactPoint#api_key}
	ApiKey *string `field:"required" json:"apiKey" yaml:"apiKey"`
	// The SensuGo URL to send requests to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#url ContactPoint#url}
	Url *string `field:"required" json:"url" yaml:"url"`
	// The SensuGo check to which the event should be routed.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#check ContactPoint#check}
	Check *string `field:"optional" json:"check" yaml:"check"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// The entity being monitored.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#entity ContactPoint#entity}
	Entity *string `field:"optional" json:"entity" yaml:"entity"`
	// A custom handler to execute in addition to the check.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#handler ContactPoint#handler}
	Handler *string `field:"optional" json:"handler" yaml:"handler"`
	// Templated message content describing the alert.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#message ContactPoint#message}
	Message *string `field:"optional" json:"message" yaml:"message"`
	// The namespace in which the check resides.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#namespace ContactPoint#namespace}
	Namespace *string `field:"optional" json:"namespace" yaml:"namespace"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
}

