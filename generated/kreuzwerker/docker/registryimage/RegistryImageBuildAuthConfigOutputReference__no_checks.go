//go:build no_runtime_type_checking

package registryimage

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetAuthParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetEmailParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetHostNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetIdentityTokenParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetPasswordParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetRegistryTokenParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetServerAddressParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildAuthConfigOutputReference) validateSetUserNameParameters(val *string) error {
	return nil
}

func validateNewRegistryImageBuildAuthConfigOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

