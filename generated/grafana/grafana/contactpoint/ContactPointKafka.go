package contactpoint


type ContactPointKafka struct {
	// The URL of the Kafka REST proxy to send requests to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#rest_proxy_url ContactPoint#rest_proxy_url}
	RestProxyUrl *string `field:"required" json:"restProxyUrl" yaml:"restProxyUrl"`
	// The name of the Kafka topic to publish to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#topic ContactPoint#topic}
	Topic *string `field:"required" json:"topic" yaml:"topic"`
	// The API version to use when contacting the Kafka REST Server. Supported: v2 (default) and v3. Defaults to `v2`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#api_version ContactPoint#api_version}
	ApiVersion *string `field:"optional" json:"apiVersion" yaml:"apiVersion"`
	// The Id of cluster to use when contacting the Kafka REST Server. Required api_version to be 'v3'.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#cluster_id ContactPoint#cluster_id}
	ClusterId *string `field:"optional" json:"clusterId" yaml:"clusterId"`
	// The templated description of the Kafka message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#description ContactPoint#description}
	Description *string `field:"optional" json:"description" yaml:"description"`
	// The templated details to include with the message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#details ContactPoint#details}
	Details *string `field:"optional" json:"details" yaml:"details"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// The password to use when making a call to the Kafka REST Proxy.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#password ContactPoint#password}
	Password *string `field:"optional" json:"password" yaml:"password"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
	// The user name to use when making a call to the Kafka REST Proxy.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#username ContactPoint#username}
	Username *string `field:"optional" json:"username" yaml:"username"`
}

