//go:build no_runtime_type_checking

package rulegroup

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RuleGroupRuleDataList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleDataList) validateGetParameters(index *float64) error {
	return nil
}

func (r *jsiiProxy_RuleGroupRuleDataList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleDataList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleDataList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleDataList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_RuleGroupRuleDataList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewRuleGroupRuleDataListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

