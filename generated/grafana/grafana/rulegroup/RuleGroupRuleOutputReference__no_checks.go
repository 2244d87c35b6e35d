//go:build no_runtime_type_checking

package rulegroup

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RuleGroupRuleOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validatePutDataParameters(value interface{}) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validatePutNotificationSettingsParameters(value *RuleGroupRuleNotificationSettings) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validatePutRecordParameters(value *RuleGroupRuleRecord) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetAnnotationsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetConditionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetExecErrStateParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetForParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetIsPausedParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetKeepFiringForParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetLabelsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetMissingSeriesEvalsToResolveParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetNoDataStateParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) validateSetUidParameters(val *string) error {
	return nil
}

func validateNewRuleGroupRuleOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

