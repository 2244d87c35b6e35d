//go:build no_runtime_type_checking

package container

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContainerHealthcheckOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerHealthcheckOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerHealthcheckOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerHealthcheckOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerHealthcheckOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerHealthcheckOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerHealthcheckOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerHealthcheckOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerHealthcheckOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerHealthcheckOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContainerHealthcheckOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContainerHealthcheckOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContainerHealthcheckOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContainerHealthcheckOutputReference) validateSetInternalValueParameters(val *ContainerHealthcheck) error {
	return nil
}

func (j *jsiiProxy_ContainerHealthcheckOutputReference) validateSetIntervalParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerHealthcheckOutputReference) validateSetRetriesParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ContainerHealthcheckOutputReference) validateSetStartIntervalParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerHealthcheckOutputReference) validateSetStartPeriodParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerHealthcheckOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerHealthcheckOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContainerHealthcheckOutputReference) validateSetTestParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ContainerHealthcheckOutputReference) validateSetTimeoutParameters(val *string) error {
	return nil
}

func validateNewContainerHealthcheckOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

