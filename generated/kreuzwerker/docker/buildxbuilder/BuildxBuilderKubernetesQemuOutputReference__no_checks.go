//go:build no_runtime_type_checking

package buildxbuilder

// Building without runtime type checking enabled, so all the below just return nil

func (b *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateSetImageParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateSetInstallParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateSetInternalValueParameters(val *BuildxBuilderKubernetesQemu) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesQemuOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewBuildxBuilderKubernetesQemuOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

