//go:build no_runtime_type_checking

package rulegroup

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RuleGroup) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateImportFromParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateMoveToIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (r *jsiiProxy_RuleGroup) validatePutRuleParameters(value interface{}) error {
	return nil
}

func validateRuleGroup_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateRuleGroup_IsConstructParameters(x interface{}) error {
	return nil
}

func validateRuleGroup_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateRuleGroup_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_RuleGroup) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RuleGroup) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RuleGroup) validateSetDisableProvenanceParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RuleGroup) validateSetFolderUidParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroup) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroup) validateSetIntervalSecondsParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RuleGroup) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_RuleGroup) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroup) validateSetOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RuleGroup) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewRuleGroupParameters(scope constructs.Construct, id *string, config *RuleGroupConfig) error {
	return nil
}

