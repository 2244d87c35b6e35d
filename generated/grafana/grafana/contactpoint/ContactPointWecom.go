package contactpoint


type ContactPointWecom struct {
	// Agent ID added to the request payload when using APIAPP.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#agent_id ContactPoint#agent_id}
	AgentId *string `field:"optional" json:"agentId" yaml:"agentId"`
	// Corp ID used to get token when using APIAPP.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#corp_id ContactPoint#corp_id}
	CorpId *string `field:"optional" json:"corpId" yaml:"corpId"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// The templated content of the message to send.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#message ContactPoint#message}
	Message *string `field:"optional" json:"message" yaml:"message"`
	// The type of them message. Supported: markdown, text. Default: text.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#msg_type ContactPoint#msg_type}
	MsgType *string `field:"optional" json:"msgType" yaml:"msgType"`
	// The secret key required to obtain access token when using APIAPP. See https://work.weixin.qq.com/wework_admin/frame#apps to create APIAPP.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#secret ContactPoint#secret}
	Secret *string `field:"optional" json:"secret" yaml:"secret"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
	// The templated title of the message to send.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#title ContactPoint#title}
	Title *string `field:"optional" json:"title" yaml:"title"`
	// The ID of user that should receive the message.
	//
	// Multiple entries should be separated by '|'. Default:
	ToUser *string `field:"optional" json:"toUser" yaml:"toUser"`
	// The WeCom webhook URL. Required if using GroupRobot.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#url ContactPoint#url}
	Url *string `field:"optional" json:"url" yaml:"url"`
}

