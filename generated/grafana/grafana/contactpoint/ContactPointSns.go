package contactpoint


type ContactPointSns struct {
	// The Amazon SNS topic to send notifications to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#topic ContactPoint#topic}
	Topic *string `field:"required" json:"topic" yaml:"topic"`
	// AWS access key ID used to authenticate with Amazon SNS.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#access_key ContactPoint#access_key}
	AccessKey *string `field:"optional" json:"accessKey" yaml:"accessKey"`
	// The Amazon Resource Name (ARN) of the role to assume to send notifications to Amazon SNS.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#assume_role_arn ContactPoint#assume_role_arn}
	AssumeRoleArn *string `field:"optional" json:"assumeRoleArn" yaml:"assumeRoleArn"`
	// The authentication provider to use. Valid values are `default`, `arn` and `keys`. Default is `default`. Defaults to `default`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#auth_provider ContactPoint#auth_provider}
	AuthProvider *string `field:"optional" json:"authProvider" yaml:"authProvider"`
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#body ContactPoint#body}.
	Body *string `field:"optional" json:"body" yaml:"body"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// The external ID to use when assuming the role.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#external_id ContactPoint#external_id}
	ExternalId *string `field:"optional" json:"externalId" yaml:"externalId"`
	// The format of the message to send.
	//
	// Valid values are `text`, `body` and `json`. Default is `text`. Defaults to `text`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#message_format ContactPoint#message_format}
	MessageFormat *string `field:"optional" json:"messageFormat" yaml:"messageFormat"`
	// AWS secret access key used to authenticate with Amazon SNS.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#secret_key ContactPoint#secret_key}
	SecretKey *string `field:"optional" json:"secretKey" yaml:"secretKey"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#subject ContactPoint#subject}.
	Subject *string `field:"optional" json:"subject" yaml:"subject"`
}

