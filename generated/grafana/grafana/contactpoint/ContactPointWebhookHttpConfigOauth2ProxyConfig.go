package contactpoint


type ContactPointWebhookHttpConfigOauth2ProxyConfig struct {
	// Comma-separated list of addresses that should not use a proxy.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#no_proxy ContactPoint#no_proxy}
	NoProxy *string `field:"optional" json:"noProxy" yaml:"noProxy"`
	// Optional headers to send to proxies during CONNECT requests.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#proxy_connect_header ContactPoint#proxy_connect_header}
	ProxyConnectHeader *map[string]*string `field:"optional" json:"proxyConnectHeader" yaml:"proxyConnectHeader"`
	// Use environment HTTP_PROXY, HTTPS_PROXY and NO_PROXY to determine proxies. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#proxy_from_environment ContactPoint#proxy_from_environment}
	ProxyFromEnvironment interface{} `field:"optional" json:"proxyFromEnvironment" yaml:"proxyFromEnvironment"`
	// HTTP proxy server to use to connect to the targets.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#proxy_url ContactPoint#proxy_url}
	ProxyUrl *string `field:"optional" json:"proxyUrl" yaml:"proxyUrl"`
}

