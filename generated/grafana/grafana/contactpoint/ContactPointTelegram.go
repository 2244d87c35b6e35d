package contactpoint


type ContactPointTelegram struct {
	// The chat ID to send messages to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#chat_id ContactPoint#chat_id}
	ChatId *string `field:"required" json:"chatId" yaml:"chatId"`
	// The Telegram bot token.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#token ContactPoint#token}
	Token *string `field:"required" json:"token" yaml:"token"`
	// When set users will receive a notification with no sound.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_notifications ContactPoint#disable_notifications}
	DisableNotifications interface{} `field:"optional" json:"disableNotifications" yaml:"disableNotifications"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// When set it disables link previews for links in the message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_web_page_preview ContactPoint#disable_web_page_preview}
	DisableWebPagePreview interface{} `field:"optional" json:"disableWebPagePreview" yaml:"disableWebPagePreview"`
	// The templated content of the message.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#message ContactPoint#message}
	Message *string `field:"optional" json:"message" yaml:"message"`
	// The ID of the message thread to send the message to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#message_thread_id ContactPoint#message_thread_id}
	MessageThreadId *string `field:"optional" json:"messageThreadId" yaml:"messageThreadId"`
	// Mode for parsing entities in the message text. Supported: None, Markdown, MarkdownV2, and HTML. HTML is the default.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#parse_mode ContactPoint#parse_mode}
	ParseMode *string `field:"optional" json:"parseMode" yaml:"parseMode"`
	// When set it protects the contents of the message from forwarding and saving.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#protect_content ContactPoint#protect_content}
	ProtectContent interface{} `field:"optional" json:"protectContent" yaml:"protectContent"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
}

