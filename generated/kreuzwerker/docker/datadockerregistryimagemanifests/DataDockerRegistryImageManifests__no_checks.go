//go:build no_runtime_type_checking

package datadockerregistryimagemanifests

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifests) validatePutAuthConfigParameters(value *DataDockerRegistryImageManifestsAuthConfig) error {
	return nil
}

func validateDataDockerRegistryImageManifests_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataDockerRegistryImageManifests_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataDockerRegistryImageManifests_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataDockerRegistryImageManifests_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifests) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifests) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifests) validateSetInsecureSkipVerifyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifests) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifests) validateSetNameParameters(val *string) error {
	return nil
}

func validateNewDataDockerRegistryImageManifestsParameters(scope constructs.Construct, id *string, config *DataDockerRegistryImageManifestsConfig) error {
	return nil
}

