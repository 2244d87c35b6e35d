//go:build no_runtime_type_checking

package container

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validatePutLabelsParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateSetDriverNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateSetDriverOptionsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateSetInternalValueParameters(val *ContainerMountsVolumeOptions) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateSetNoCopyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateSetSubpathParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewContainerMountsVolumeOptionsOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

