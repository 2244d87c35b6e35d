//go:build no_runtime_type_checking

package mutetiming

// Building without runtime type checking enabled, so all the below just return nil

func (m *jsiiProxy_MuteTiming) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateImportFromParameters(id *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateMoveToIdParameters(id *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (m *jsiiProxy_MuteTiming) validatePutIntervalsParameters(value interface{}) error {
	return nil
}

func validateMuteTiming_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateMuteTiming_IsConstructParameters(x interface{}) error {
	return nil
}

func validateMuteTiming_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateMuteTiming_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_MuteTiming) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_MuteTiming) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_MuteTiming) validateSetDisableProvenanceParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_MuteTiming) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_MuteTiming) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_MuteTiming) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_MuteTiming) validateSetOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_MuteTiming) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewMuteTimingParameters(scope constructs.Construct, id *string, config *MuteTimingConfig) error {
	return nil
}

