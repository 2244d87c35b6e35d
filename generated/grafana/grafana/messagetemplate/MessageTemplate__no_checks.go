//go:build no_runtime_type_checking

package messagetemplate

// Building without runtime type checking enabled, so all the below just return nil

func (m *jsiiProxy_MessageTemplate) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateImportFromParameters(id *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateMoveToIdParameters(id *string) error {
	return nil
}

func (m *jsiiProxy_MessageTemplate) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateMessageTemplate_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateMessageTemplate_IsConstructParameters(x interface{}) error {
	return nil
}

func validateMessageTemplate_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateMessageTemplate_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_MessageTemplate) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_MessageTemplate) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_MessageTemplate) validateSetDisableProvenanceParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_MessageTemplate) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_MessageTemplate) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_MessageTemplate) validateSetOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_MessageTemplate) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_MessageTemplate) validateSetTemplateParameters(val *string) error {
	return nil
}

func validateNewMessageTemplateParameters(scope constructs.Construct, id *string, config *MessageTemplateConfig) error {
	return nil
}

