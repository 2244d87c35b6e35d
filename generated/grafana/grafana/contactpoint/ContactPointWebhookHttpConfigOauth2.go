package contactpoint


type ContactPointWebhookHttpConfigOauth2 struct {
	// Client ID to use when authenticating.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#client_id ContactPoint#client_id}
	ClientId *string `field:"required" json:"clientId" yaml:"clientId"`
	// Client secret to use when authenticating.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#client_secret ContactPoint#client_secret}
	ClientSecret *string `field:"required" json:"clientSecret" yaml:"clientSecret"`
	// URL for the access token endpoint.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#token_url ContactPoint#token_url}
	TokenUrl *string `field:"required" json:"tokenUrl" yaml:"tokenUrl"`
	// Optional parameters to append to the access token request.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#endpoint_params ContactPoint#endpoint_params}
	EndpointParams *map[string]*string `field:"optional" json:"endpointParams" yaml:"endpointParams"`
	// proxy_config block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#proxy_config ContactPoint#proxy_config}
	ProxyConfig *ContactPointWebhookHttpConfigOauth2ProxyConfig `field:"optional" json:"proxyConfig" yaml:"proxyConfig"`
	// Optional scopes to request when obtaining an access token.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#scopes ContactPoint#scopes}
	Scopes *[]*string `field:"optional" json:"scopes" yaml:"scopes"`
	// tls_config block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#tls_config ContactPoint#tls_config}
	TlsConfig *ContactPointWebhookHttpConfigOauth2TlsConfig `field:"optional" json:"tlsConfig" yaml:"tlsConfig"`
}

