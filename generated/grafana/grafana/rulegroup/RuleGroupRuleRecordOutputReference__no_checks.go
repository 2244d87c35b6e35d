//go:build no_runtime_type_checking

package rulegroup

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RuleGroupRuleRecordOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleRecordOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleRecordOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleRecordOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleRecordOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleRecordOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleRecordOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleRecordOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleRecordOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleRecordOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleRecordOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleRecordOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleRecordOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleRecordOutputReference) validateSetFromParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleRecordOutputReference) validateSetInternalValueParameters(val *RuleGroupRuleRecord) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleRecordOutputReference) validateSetMetricParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleRecordOutputReference) validateSetTargetDatasourceUidParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleRecordOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleRecordOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewRuleGroupRuleRecordOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

