package contactpoint


type ContactPointWebhook struct {
	// The URL to send webhook requests to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#url ContactPoint#url}
	Url *string `field:"required" json:"url" yaml:"url"`
	// Allows a custom authorization scheme - attaches an auth header with this value.
	//
	// Do not use in conjunction with basic auth parameters.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#authorization_credentials ContactPoint#authorization_credentials}
	AuthorizationCredentials *string `field:"optional" json:"authorizationCredentials" yaml:"authorizationCredentials"`
	// Allows a custom authorization scheme - attaches an auth header with this name.
	//
	// Do not use in conjunction with basic auth parameters.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#authorization_scheme ContactPoint#authorization_scheme}
	AuthorizationScheme *string `field:"optional" json:"authorizationScheme" yaml:"authorizationScheme"`
	// The username to use in basic auth headers attached to the request.
	//
	// If omitted, basic auth will not be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#basic_auth_password ContactPoint#basic_auth_password}
	BasicAuthPassword *string `field:"optional" json:"basicAuthPassword" yaml:"basicAuthPassword"`
	// The username to use in basic auth headers attached to the request.
	//
	// If omitted, basic auth will not be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#basic_auth_user ContactPoint#basic_auth_user}
	BasicAuthUser *string `field:"optional" json:"basicAuthUser" yaml:"basicAuthUser"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// Custom headers to attach to the request.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#headers ContactPoint#headers}
	Headers *map[string]*string `field:"optional" json:"headers" yaml:"headers"`
	// hmac_config block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#hmac_config ContactPoint#hmac_config}
	HmacConfig *ContactPointWebhookHmacConfig `field:"optional" json:"hmacConfig" yaml:"hmacConfig"`
	// http_config block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#http_config ContactPoint#http_config}
	HttpConfig *ContactPointWebhookHttpConfig `field:"optional" json:"httpConfig" yaml:"httpConfig"`
	// The HTTP method to use in the request. Defaults to `POST`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#http_method ContactPoint#http_method}
	HttpMethod *string `field:"optional" json:"httpMethod" yaml:"httpMethod"`
	// The maximum number of alerts to send in a single request.
	//
	// This can be helpful in limiting the size of the request body. The default is 0, which indicates no limit.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#max_alerts ContactPoint#max_alerts}
	MaxAlerts *float64 `field:"optional" json:"maxAlerts" yaml:"maxAlerts"`
	// Custom message. You can use template variables.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#message ContactPoint#message}
	Message *string `field:"optional" json:"message" yaml:"message"`
	// payload block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#payload ContactPoint#payload}
	Payload *ContactPointWebhookPayload `field:"optional" json:"payload" yaml:"payload"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
	// Templated title of the message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#title ContactPoint#title}
	Title *string `field:"optional" json:"title" yaml:"title"`
	// Allows configuring TLS for the webhook notifier.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#tls_config ContactPoint#tls_config}
	TlsConfig *map[string]*string `field:"optional" json:"tlsConfig" yaml:"tlsConfig"`
}

