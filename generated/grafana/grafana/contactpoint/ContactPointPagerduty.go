package contactpoint


type ContactPointPagerduty struct {
	// The PagerDuty API key.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#integration_key ContactPoint#integration_key}
	IntegrationKey *string `field:"required" json:"integrationKey" yaml:"integrationKey"`
	// The class or type of event, for example `ping failure`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#class ContactPoint#class}
	Class *string `field:"optional" json:"class" yaml:"class"`
	// The name of the monitoring client that is triggering this event.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#client ContactPoint#client}
	Client *string `field:"optional" json:"client" yaml:"client"`
	// The URL of the monitoring client that is triggering this event.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#client_url ContactPoint#client_url}
	ClientUrl *string `field:"optional" json:"clientUrl" yaml:"clientUrl"`
	// The component being affected by the event.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#component ContactPoint#component}
	Component *string `field:"optional" json:"component" yaml:"component"`
	// A set of arbitrary key/value pairs that provide further detail about the incident.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#details ContactPoint#details}
	Details *map[string]*string `field:"optional" json:"details" yaml:"details"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// The group to which the provided component belongs to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#group ContactPoint#group}
	Group *string `field:"optional" json:"group" yaml:"group"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
	// The PagerDuty event severity level. Default is `critical`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#severity ContactPoint#severity}
	Severity *string `field:"optional" json:"severity" yaml:"severity"`
	// The unique location of the affected system.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#source ContactPoint#source}
	Source *string `field:"optional" json:"source" yaml:"source"`
	// The templated summary message of the event.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#summary ContactPoint#summary}
	Summary *string `field:"optional" json:"summary" yaml:"summary"`
	// The URL to send API requests to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#url ContactPoint#url}
	Url *string `field:"optional" json:"url" yaml:"url"`
}

