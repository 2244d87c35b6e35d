package notificationpolicy


type NotificationPolicyPolicyMatcher struct {
	// The name of the label to match against.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#label NotificationPolicy#label}
	Label *string `field:"required" json:"label" yaml:"label"`
	// The operator to apply when matching values of the given label.
	//
	// Allowed operators are `=` for equality, `!=` for negated equality, `=~` for regex equality, and `!~` for negated regex equality.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#match NotificationPolicy#match}
	Match *string `field:"required" json:"match" yaml:"match"`
	// The label value to match against.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/notification_policy#value NotificationPolicy#value}
	Value *string `field:"required" json:"value" yaml:"value"`
}

