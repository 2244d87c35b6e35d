package contactpoint


type ContactPointWebhookHttpConfig struct {
	// oauth2 block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#oauth2 ContactPoint#oauth2}
	Oauth2 *ContactPointWebhookHttpConfigOauth2 `field:"optional" json:"oauth2" yaml:"oauth2"`
}

