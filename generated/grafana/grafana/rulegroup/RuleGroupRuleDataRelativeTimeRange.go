package rulegroup


type RuleGroupRuleDataRelativeTimeRange struct {
	// The number of seconds in the past, relative to when the rule is evaluated, at which the time range begins.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#from RuleGroup#from}
	From *float64 `field:"required" json:"from" yaml:"from"`
	// The number of seconds in the past, relative to when the rule is evaluated, at which the time range ends.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#to RuleGroup#to}
	To *float64 `field:"required" json:"to" yaml:"to"`
}

