//go:build no_runtime_type_checking

package container

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetAliasesParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetDriverOptsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetGwPriorityParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetIpv4AddressParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetIpv6AddressParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetLinkLocalIpsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetMacAddressParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContainerNetworksAdvancedOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewContainerNetworksAdvancedOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

