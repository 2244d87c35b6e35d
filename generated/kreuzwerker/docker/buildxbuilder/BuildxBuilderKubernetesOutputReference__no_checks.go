//go:build no_runtime_type_checking

package buildxbuilder

// Building without runtime type checking enabled, so all the below just return nil

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validatePutLimitsParameters(value *BuildxBuilderKubernetesLimits) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validatePutQemuParameters(value *BuildxBuilderKubernetesQemu) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validatePutRequestsParameters(value *BuildxBuilderKubernetesRequests) error {
	return nil
}

func (b *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetAnnotationsParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetDefaultLoadParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetImageParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetInternalValueParameters(val *BuildxBuilderKubernetes) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetLabelsParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetLoadbalanceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetNamespaceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetNodeselectorParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetReplicasParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetRootlessParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetSchedulernameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetServiceaccountParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetTimeoutParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_BuildxBuilderKubernetesOutputReference) validateSetTolerationsParameters(val *string) error {
	return nil
}

func validateNewBuildxBuilderKubernetesOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

