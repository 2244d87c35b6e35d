//go:build no_runtime_type_checking

package datadockerregistryimagemanifests

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateSetAddressParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateSetInternalValueParameters(val *DataDockerRegistryImageManifestsAuthConfig) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateSetPasswordParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifestsAuthConfigOutputReference) validateSetUsernameParameters(val *string) error {
	return nil
}

func validateNewDataDockerRegistryImageManifestsAuthConfigOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

