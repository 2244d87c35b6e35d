//go:build no_runtime_type_checking

package image

// Building without runtime type checking enabled, so all the below just return nil

func (i *jsiiProxy_ImageBuildAuthConfigOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildAuthConfigOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildAuthConfigOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildAuthConfigOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildAuthConfigOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildAuthConfigOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildAuthConfigOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildAuthConfigOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildAuthConfigOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildAuthConfigOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildAuthConfigOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetAuthParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetEmailParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetHostNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetIdentityTokenParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetPasswordParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetRegistryTokenParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetServerAddressParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ImageBuildAuthConfigOutputReference) validateSetUserNameParameters(val *string) error {
	return nil
}

func validateNewImageBuildAuthConfigOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

