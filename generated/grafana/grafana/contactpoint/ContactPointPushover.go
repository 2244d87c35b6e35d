package contactpoint


type ContactPointPushover struct {
	// The Pushover API token.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#api_token ContactPoint#api_token}
	ApiToken *string `field:"required" json:"apiToken" yaml:"apiToken"`
	// The Pushover user key.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#user_key ContactPoint#user_key}
	UserKey *string `field:"required" json:"userKey" yaml:"userKey"`
	// Comma-separated list of devices to which the event is associated.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#device ContactPoint#device}
	Device *string `field:"optional" json:"device" yaml:"device"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// How many seconds for which the notification will continue to be retried by Pushover.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#expire ContactPoint#expire}
	Expire *float64 `field:"optional" json:"expire" yaml:"expire"`
	// The templated notification message content.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#message ContactPoint#message}
	Message *string `field:"optional" json:"message" yaml:"message"`
	// The priority level of the resolved event.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#ok_priority ContactPoint#ok_priority}
	OkPriority *float64 `field:"optional" json:"okPriority" yaml:"okPriority"`
	// The sound associated with the resolved notification.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#ok_sound ContactPoint#ok_sound}
	OkSound *string `field:"optional" json:"okSound" yaml:"okSound"`
	// The priority level of the event.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#priority ContactPoint#priority}
	Priority *float64 `field:"optional" json:"priority" yaml:"priority"`
	// How often, in seconds, the Pushover servers will send the same notification to the user.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#retry ContactPoint#retry}
	Retry *float64 `field:"optional" json:"retry" yaml:"retry"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
	// The sound associated with the notification.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#sound ContactPoint#sound}
	Sound *string `field:"optional" json:"sound" yaml:"sound"`
	// The templated title of the message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#title ContactPoint#title}
	Title *string `field:"optional" json:"title" yaml:"title"`
	// Whether to send images in the notification or not.
	//
	// Default is true. Requires Grafana to be configured to send images in notifications.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#upload_image ContactPoint#upload_image}
	UploadImage interface{} `field:"optional" json:"uploadImage" yaml:"uploadImage"`
}

