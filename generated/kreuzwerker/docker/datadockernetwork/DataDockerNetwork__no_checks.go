//go:build no_runtime_type_checking

package datadockernetwork

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataDockerNetwork) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataDockerNetwork) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerNetwork) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerNetwork) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerNetwork) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerNetwork) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerNetwork) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerNetwork) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerNetwork) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerNetwork) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerNetwork) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerNetwork) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataDockerNetwork_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataDockerNetwork_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataDockerNetwork_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataDockerNetwork_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerNetwork) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerNetwork) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataDockerNetwork) validateSetNameParameters(val *string) error {
	return nil
}

func validateNewDataDockerNetworkParameters(scope constructs.Construct, id *string, config *DataDockerNetworkConfig) error {
	return nil
}

