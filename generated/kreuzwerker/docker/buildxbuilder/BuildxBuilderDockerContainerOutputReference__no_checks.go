//go:build no_runtime_type_checking

package buildxbuilder

// Building without runtime type checking enabled, so all the below just return nil

func (b *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetCgroupParentParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetCpuPeriodParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetCpuQuotaParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetCpusetCpusParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetCpusetMemsParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetCpuSharesParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetDefaultLoadParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetEnvParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetImageParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetInternalValueParameters(val *BuildxBuilderDockerContainer) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetMemoryParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetMemorySwapParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetNetworkParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetRestartPolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderDockerContainerOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewBuildxBuilderDockerContainerOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

