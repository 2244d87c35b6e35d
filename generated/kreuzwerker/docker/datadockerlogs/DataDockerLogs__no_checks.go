//go:build no_runtime_type_checking

package datadockerlogs

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataDockerLogs) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataDockerLogs) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerLogs) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerLogs) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerLogs) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerLogs) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerLogs) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerLogs) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerLogs) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerLogs) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerLogs) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerLogs) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataDockerLogs_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataDockerLogs_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataDockerLogs_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataDockerLogs_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetDetailsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetDiscardHeadersParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetFollowParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetLogsListStringEnabledParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetShowStderrParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetShowStdoutParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetSinceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetTailParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetTimestampsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerLogs) validateSetUntilParameters(val *string) error {
	return nil
}

func validateNewDataDockerLogsParameters(scope constructs.Construct, id *string, config *DataDockerLogsConfig) error {
	return nil
}

