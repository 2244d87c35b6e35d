package contactpoint


type ContactPointWebhookHttpConfigOauth2TlsConfig struct {
	// Certificate in PEM format to use when verifying the server's certificate chain.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#ca_certificate ContactPoint#ca_certificate}
	CaCertificate *string `field:"optional" json:"caCertificate" yaml:"caCertificate"`
	// Client certificate in PEM format to use when connecting to the server.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#client_certificate ContactPoint#client_certificate}
	ClientCertificate *string `field:"optional" json:"clientCertificate" yaml:"clientCertificate"`
	// Client key in PEM format to use when connecting to the server.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#client_key ContactPoint#client_key}
	ClientKey *string `field:"optional" json:"clientKey" yaml:"clientKey"`
	// Do not verify the server's certificate chain and host name. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#insecure_skip_verify ContactPoint#insecure_skip_verify}
	InsecureSkipVerify interface{} `field:"optional" json:"insecureSkipVerify" yaml:"insecureSkipVerify"`
}

