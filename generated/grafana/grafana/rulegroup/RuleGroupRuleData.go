package rulegroup


type RuleGroupRuleData struct {
	// The UID of the datasource being queried, or "-100" if this stage is an expression stage.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#datasource_uid RuleGroup#datasource_uid}
	DatasourceUid *string `field:"required" json:"datasourceUid" yaml:"datasourceUid"`
	// Custom JSON data to send to the specified datasource when querying.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#model RuleGroup#model}
	Model *string `field:"required" json:"model" yaml:"model"`
	// A unique string to identify this query stage within a rule.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#ref_id RuleGroup#ref_id}
	RefId *string `field:"required" json:"refId" yaml:"refId"`
	// relative_time_range block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#relative_time_range RuleGroup#relative_time_range}
	RelativeTimeRange *RuleGroupRuleDataRelativeTimeRange `field:"required" json:"relativeTimeRange" yaml:"relativeTimeRange"`
	// An optional identifier for the type of query being executed. Defaults to ``.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#query_type RuleGroup#query_type}
	QueryType *string `field:"optional" json:"queryType" yaml:"queryType"`
}

