//go:build no_runtime_type_checking

package datadockercontainers

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataDockerContainers) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataDockerContainers) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerContainers) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerContainers) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerContainers) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerContainers) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerContainers) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerContainers) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerContainers) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerContainers) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerContainers) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerContainers) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataDockerContainers_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataDockerContainers_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataDockerContainers_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataDockerContainers_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerContainers) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerContainers) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func validateNewDataDockerContainersParameters(scope constructs.Construct, id *string, config *DataDockerContainersConfig) error {
	return nil
}

