//go:build no_runtime_type_checking

package datadockerregistryimagetags

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataDockerRegistryImageTags) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageTags) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageTags) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageTags) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageTags) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageTags) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageTags) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageTags) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageTags) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageTags) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageTags) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageTags) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataDockerRegistryImageTags_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataDockerRegistryImageTags_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataDockerRegistryImageTags_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataDockerRegistryImageTags_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageTags) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageTags) validateSetInsecureSkipVerifyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageTags) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageTags) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageTags) validateSetStrictSemverParameters(val interface{}) error {
	return nil
}

func validateNewDataDockerRegistryImageTagsParameters(scope constructs.Construct, id *string, config *DataDockerRegistryImageTagsConfig) error {
	return nil
}

