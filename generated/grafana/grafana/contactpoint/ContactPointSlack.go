package contactpoint


type ContactPointSlack struct {
	// Templated color of the slack message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#color ContactPoint#color}
	Color *string `field:"optional" json:"color" yaml:"color"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// Use this to override the Slack API endpoint URL to send requests to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#endpoint_url ContactPoint#endpoint_url}
	EndpointUrl *string `field:"optional" json:"endpointUrl" yaml:"endpointUrl"`
	// The name of a Slack workspace emoji to use as the bot icon.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#icon_emoji ContactPoint#icon_emoji}
	IconEmoji *string `field:"optional" json:"iconEmoji" yaml:"iconEmoji"`
	// A URL of an image to use as the bot icon.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#icon_url ContactPoint#icon_url}
	IconUrl *string `field:"optional" json:"iconUrl" yaml:"iconUrl"`
	// Describes how to ping the slack channel that messages are being sent to.
	//
	// Options are `here` for an.
	MentionChannel *string `field:"optional" json:"mentionChannel" yaml:"mentionChannel"`
	// Comma-separated list of groups to mention in the message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#mention_groups ContactPoint#mention_groups}
	MentionGroups *string `field:"optional" json:"mentionGroups" yaml:"mentionGroups"`
	// Comma-separated list of users to mention in the message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#mention_users ContactPoint#mention_users}
	MentionUsers *string `field:"optional" json:"mentionUsers" yaml:"mentionUsers"`
	// Channel, private group, or IM channel (can be an encoded ID or a name) to send messages to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#recipient ContactPoint#recipient}
	Recipient *string `field:"optional" json:"recipient" yaml:"recipient"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
	// Templated content of the message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#text ContactPoint#text}
	Text *string `field:"optional" json:"text" yaml:"text"`
	// Templated title of the message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#title ContactPoint#title}
	Title *string `field:"optional" json:"title" yaml:"title"`
	// A Slack API token,for sending messages directly without the webhook method.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#token ContactPoint#token}
	Token *string `field:"optional" json:"token" yaml:"token"`
	// A Slack webhook URL,for sending messages via the webhook method.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#url ContactPoint#url}
	Url *string `field:"optional" json:"url" yaml:"url"`
	// Username for the bot to use.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#username ContactPoint#username}
	Username *string `field:"optional" json:"username" yaml:"username"`
}

