//go:build no_runtime_type_checking

package datadockerplugin

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataDockerPlugin) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataDockerPlugin) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerPlugin) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerPlugin) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerPlugin) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerPlugin) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerPlugin) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerPlugin) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerPlugin) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerPlugin) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerPlugin) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerPlugin) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataDockerPlugin_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataDockerPlugin_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataDockerPlugin_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataDockerPlugin_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerPlugin) validateSetAliasParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerPlugin) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerPlugin) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerPlugin) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func validateNewDataDockerPluginParameters(scope constructs.Construct, id *string, config *DataDockerPluginConfig) error {
	return nil
}

