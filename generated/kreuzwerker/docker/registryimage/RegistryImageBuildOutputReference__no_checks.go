//go:build no_runtime_type_checking

package registryimage

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RegistryImageBuildOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validatePutAuthConfigParameters(value interface{}) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validatePutSecretsParameters(value interface{}) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validatePutUlimitParameters(value interface{}) error {
	return nil
}

func (r *jsiiProxy_RegistryImageBuildOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetAdditionalContextsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetBuildArgsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetBuilderParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetBuildIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetBuildLogFileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetCacheFromParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetCacheToParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetCgroupParentParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetContextParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetCpuPeriodParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetCpuQuotaParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetCpuSetCpusParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetCpuSetMemsParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetCpuSharesParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetDockerfileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetExtraHostsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetForceRemoveParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetInternalValueParameters(val *RegistryImageBuild) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetIsolationParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetLabelParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetLabelsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetMemoryParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetMemorySwapParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetNetworkModeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetNoCacheParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetPlatformParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetProvenanceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetPullParentParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetRemoteContextParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetRemoveParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetSbomParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetSecurityOptParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetSessionIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetShmSizeParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetSquashParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetSuppressOutputParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetTagParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetTargetParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetUseLegacyBuilderParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImageBuildOutputReference) validateSetVersionParameters(val *string) error {
	return nil
}

func validateNewRegistryImageBuildOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

