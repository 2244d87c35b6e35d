package contactpoint


type ContactPointWebhookHmacConfig struct {
	// The secret key used to generate the HMAC signature.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#secret ContactPoint#secret}
	Secret *string `field:"required" json:"secret" yaml:"secret"`
	// The header in which the HMAC signature will be included. Defaults to `X-Grafana-Alerting-Signature`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#header ContactPoint#header}
	Header *string `field:"optional" json:"header" yaml:"header"`
	// If set, the timestamp will be included in the HMAC signature.
	//
	// The value should be the name of the header to use.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#timestamp_header ContactPoint#timestamp_header}
	TimestampHeader *string `field:"optional" json:"timestampHeader" yaml:"timestampHeader"`
}

