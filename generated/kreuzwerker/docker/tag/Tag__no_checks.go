//go:build no_runtime_type_checking

package tag

// Building without runtime type checking enabled, so all the below just return nil

func (t *jsiiProxy_Tag) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (t *jsiiProxy_Tag) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateImportFromParameters(id *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (t *jsiiProxy_Tag) validateMoveToIdParameters(id *string) error {
	return nil
}

func (t *jsiiProxy_Tag) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateTag_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateTag_IsConstructParameters(x interface{}) error {
	return nil
}

func validateTag_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateTag_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Tag) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Tag) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Tag) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Tag) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Tag) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_Tag) validateSetSourceImageParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Tag) validateSetTagTriggersParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_Tag) validateSetTargetImageParameters(val *string) error {
	return nil
}

func validateNewTagParameters(scope constructs.Construct, id *string, config *TagConfig) error {
	return nil
}

