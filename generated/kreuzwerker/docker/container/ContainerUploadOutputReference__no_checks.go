//go:build no_runtime_type_checking

package container

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContainerUploadOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerUploadOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerUploadOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerUploadOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerUploadOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerUploadOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerUploadOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerUploadOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerUploadOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerUploadOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContainerUploadOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetContentParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetContentBase64Parameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetExecutableParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetFileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetGroupParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetOwnerParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetPermissionsParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetSourceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetSourceHashParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerUploadOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewContainerUploadOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

