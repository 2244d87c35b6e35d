package rulegroup


type RuleGroupRule struct {
	// data block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#data RuleGroup#data}
	Data interface{} `field:"required" json:"data" yaml:"data"`
	// The name of the alert rule.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#name RuleGroup#name}
	Name *string `field:"required" json:"name" yaml:"name"`
	// Key-value pairs of metadata to attach to the alert rule.
	//
	// They add additional information, such as a `summary` or `runbook_url`, to help identify and investigate alerts. The `__dashboardUid__` and `__panelId__` annotations, which link alerts to a panel, must be set together. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#annotations RuleGroup#annotations}
	Annotations *map[string]*string `field:"optional" json:"annotations" yaml:"annotations"`
	// The `ref_id` of the query node in the `data` field to use as the alert condition.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#condition RuleGroup#condition}
	Condition *string `field:"optional" json:"condition" yaml:"condition"`
	// Describes what state to enter when the rule's query is invalid and the rule cannot be executed.
	//
	// Options are OK, Error, KeepLast, and Alerting.  Defaults to Alerting if not set.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#exec_err_state RuleGroup#exec_err_state}
	ExecErrState *string `field:"optional" json:"execErrState" yaml:"execErrState"`
	// The amount of time for which the rule must be breached for the rule to be considered to be Firing.
	//
	// Before this time has elapsed, the rule is only considered to be Pending. Defaults to `0`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#for RuleGroup#for}
	For *string `field:"optional" json:"for" yaml:"for"`
	// Sets whether the alert should be paused or not. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#is_paused RuleGroup#is_paused}
	IsPaused interface{} `field:"optional" json:"isPaused" yaml:"isPaused"`
	// The amount of time for which the rule will considered to be Recovering after initially Firing.
	//
	// Before this time has elapsed, the rule will continue to fire once it's been triggered.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#keep_firing_for RuleGroup#keep_firing_for}
	KeepFiringFor *string `field:"optional" json:"keepFiringFor" yaml:"keepFiringFor"`
	// Key-value pairs to attach to the alert rule that can be used in matching, grouping, and routing.
	//
	// Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#labels RuleGroup#labels}
	Labels *map[string]*string `field:"optional" json:"labels" yaml:"labels"`
	// The number of missing series evaluations that must occur before the rule is considered to be resolved.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#missing_series_evals_to_resolve RuleGroup#missing_series_evals_to_resolve}
	MissingSeriesEvalsToResolve *float64 `field:"optional" json:"missingSeriesEvalsToResolve" yaml:"missingSeriesEvalsToResolve"`
	// Describes what state to enter when the rule's query returns No Data.
	//
	// Options are OK, NoData, KeepLast, and Alerting. Defaults to NoData if not set.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#no_data_state RuleGroup#no_data_state}
	NoDataState *string `field:"optional" json:"noDataState" yaml:"noDataState"`
	// notification_settings block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#notification_settings RuleGroup#notification_settings}
	NotificationSettings *RuleGroupRuleNotificationSettings `field:"optional" json:"notificationSettings" yaml:"notificationSettings"`
	// record block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#record RuleGroup#record}
	Record *RuleGroupRuleRecord `field:"optional" json:"record" yaml:"record"`
	// The unique identifier of the alert rule.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/rule_group#uid RuleGroup#uid}
	Uid *string `field:"optional" json:"uid" yaml:"uid"`
}

