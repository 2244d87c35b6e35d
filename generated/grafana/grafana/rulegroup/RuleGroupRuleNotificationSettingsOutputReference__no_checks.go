//go:build no_runtime_type_checking

package rulegroup

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetActiveTimingsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetContactPointParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetGroupByParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetGroupIntervalParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetGroupWaitParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetInternalValueParameters(val *RuleGroupRuleNotificationSettings) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetMuteTimingsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetRepeatIntervalParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewRuleGroupRuleNotificationSettingsOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

