//go:build no_runtime_type_checking

package datadockerimage

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataDockerImage) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataDockerImage) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerImage) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerImage) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerImage) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerImage) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerImage) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerImage) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerImage) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerImage) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerImage) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerImage) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataDockerImage_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataDockerImage_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataDockerImage_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataDockerImage_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerImage) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerImage) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerImage) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataDockerImage) validateSetNameParameters(val *string) error {
	return nil
}

func validateNewDataDockerImageParameters(scope constructs.Construct, id *string, config *DataDockerImageConfig) error {
	return nil
}

