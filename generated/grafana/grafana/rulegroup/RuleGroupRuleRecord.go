package rulegroup


type RuleGroupRuleRecord struct {
	// The ref id of the query node in the data field to use as the source of the metric.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#from RuleGroup#from}
	From *string `field:"required" json:"from" yaml:"from"`
	// The name of the metric to write to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#metric RuleGroup#metric}
	Metric *string `field:"required" json:"metric" yaml:"metric"`
	// The UID of the datasource to write the metric to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#target_datasource_uid RuleGroup#target_datasource_uid}
	TargetDatasourceUid *string `field:"optional" json:"targetDatasourceUid" yaml:"targetDatasourceUid"`
}

