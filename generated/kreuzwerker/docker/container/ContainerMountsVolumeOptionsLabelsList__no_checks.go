//go:build no_runtime_type_checking

package container

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContainerMountsVolumeOptionsLabelsList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsLabelsList) validateGetParameters(index *float64) error {
	return nil
}

func (c *jsiiProxy_ContainerMountsVolumeOptionsLabelsList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsLabelsList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsLabelsList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsLabelsList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContainerMountsVolumeOptionsLabelsList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewContainerMountsVolumeOptionsLabelsListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

