package contactpoint


type ContactPointAlertmanager struct {
	// The URL of the Alertmanager instance.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#url ContactPoint#url}
	Url *string `field:"required" json:"url" yaml:"url"`
	// The password component of the basic auth credentials to use.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#basic_auth_password ContactPoint#basic_auth_password}
	BasicAuthPassword *string `field:"optional" json:"basicAuthPassword" yaml:"basicAuthPassword"`
	// The username component of the basic auth credentials to use.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#basic_auth_user ContactPoint#basic_auth_user}
	BasicAuthUser *string `field:"optional" json:"basicAuthUser" yaml:"basicAuthUser"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
}

