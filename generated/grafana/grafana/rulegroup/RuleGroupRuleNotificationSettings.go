package rulegroup


type RuleGroupRuleNotificationSettings struct {
	// The contact point to route notifications that match this rule to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#contact_point RuleGroup#contact_point}
	ContactPoint *string `field:"required" json:"contactPoint" yaml:"contactPoint"`
	// A list of time interval names to apply to alerts that match this policy to suppress them unless they are sent at the specified time.
	//
	// Supported in Grafana 12.1.0 and later
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#active_timings RuleGroup#active_timings}
	ActiveTimings *[]*string `field:"optional" json:"activeTimings" yaml:"activeTimings"`
	// A list of alert labels to group alerts into notifications by.
	//
	// Use the special label `...` to group alerts by all labels, effectively disabling grouping. If empty, no grouping is used. If specified, requires labels 'alertname' and 'grafana_folder' to be included.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#group_by RuleGroup#group_by}
	GroupBy *[]*string `field:"optional" json:"groupBy" yaml:"groupBy"`
	// Minimum time interval between two notifications for the same group. Default is 5 minutes.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#group_interval RuleGroup#group_interval}
	GroupInterval *string `field:"optional" json:"groupInterval" yaml:"groupInterval"`
	// Time to wait to buffer alerts of the same group before sending a notification. Default is 30 seconds.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#group_wait RuleGroup#group_wait}
	GroupWait *string `field:"optional" json:"groupWait" yaml:"groupWait"`
	// A list of mute timing names to apply to alerts that match this policy.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#mute_timings RuleGroup#mute_timings}
	MuteTimings *[]*string `field:"optional" json:"muteTimings" yaml:"muteTimings"`
	// Minimum time interval for re-sending a notification if an alert is still firing. Default is 4 hours.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#repeat_interval RuleGroup#repeat_interval}
	RepeatInterval *string `field:"optional" json:"repeatInterval" yaml:"repeatInterval"`
}

