//go:build no_runtime_type_checking

package datadockerregistryimage

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataDockerRegistryImage) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImage) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImage) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImage) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImage) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImage) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImage) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImage) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImage) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImage) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImage) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImage) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataDockerRegistryImage_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataDockerRegistryImage_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataDockerRegistryImage_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataDockerRegistryImage_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImage) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImage) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImage) validateSetInsecureSkipVerifyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImage) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImage) validateSetNameParameters(val *string) error {
	return nil
}

func validateNewDataDockerRegistryImageParameters(scope constructs.Construct, id *string, config *DataDockerRegistryImageConfig) error {
	return nil
}

