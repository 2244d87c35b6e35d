//go:build no_runtime_type_checking

package buildxbuilder

// Building without runtime type checking enabled, so all the below just return nil

func (b *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateSetCpuParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateSetEphemeralStorageParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateSetInternalValueParameters(val *BuildxBuilderKubernetesRequests) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateSetMemoryParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesRequestsOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewBuildxBuilderKubernetesRequestsOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

