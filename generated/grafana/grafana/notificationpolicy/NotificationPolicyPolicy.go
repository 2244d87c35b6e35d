package notificationpolicy


type NotificationPolicyPolicy struct {
	// A list of time interval names to apply to alerts that match this policy to suppress them unless they are sent at the specified time.
	//
	// Supported in Grafana 12.1.0 and later
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#active_timings NotificationPolicy#active_timings}
	ActiveTimings *[]*string `field:"optional" json:"activeTimings" yaml:"activeTimings"`
	// The contact point to route notifications that match this rule to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#contact_point NotificationPolicy#contact_point}
	ContactPoint *string `field:"optional" json:"contactPoint" yaml:"contactPoint"`
	// Whether to continue matching subsequent rules if an alert matches the current rule.
	//
	// Otherwise, the rule will be 'consumed' by the first policy to match it.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#continue NotificationPolicy#continue}
	Continue interface{} `field:"optional" json:"continue" yaml:"continue"`
	// A list of alert labels to group alerts into notifications by.
	//
	// Use the special label `...` to group alerts by all labels, effectively disabling grouping. Required for root policy only. If empty, the parent grouping is used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#group_by NotificationPolicy#group_by}
	GroupBy *[]*string `field:"optional" json:"groupBy" yaml:"groupBy"`
	// Minimum time interval between two notifications for the same group. Default is 5 minutes.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#group_interval NotificationPolicy#group_interval}
	GroupInterval *string `field:"optional" json:"groupInterval" yaml:"groupInterval"`
	// Time to wait to buffer alerts of the same group before sending a notification. Default is 30 seconds.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#group_wait NotificationPolicy#group_wait}
	GroupWait *string `field:"optional" json:"groupWait" yaml:"groupWait"`
	// matcher block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#matcher NotificationPolicy#matcher}
	Matcher interface{} `field:"optional" json:"matcher" yaml:"matcher"`
	// A list of time intervals to apply to alerts that match this policy to mute them for the specified time.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#mute_timings NotificationPolicy#mute_timings}
	MuteTimings *[]*string `field:"optional" json:"muteTimings" yaml:"muteTimings"`
	// policy block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#policy NotificationPolicy#policy}
	Policy interface{} `field:"optional" json:"policy" yaml:"policy"`
	// Minimum time interval for re-sending a notification if an alert is still firing. Default is 4 hours.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#repeat_interval NotificationPolicy#repeat_interval}
	RepeatInterval *string `field:"optional" json:"repeatInterval" yaml:"repeatInterval"`
}

