//go:build no_runtime_type_checking

package image

// Building without runtime type checking enabled, so all the below just return nil

func (i *jsiiProxy_ImageBuildOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validatePutAuthConfigParameters(value interface{}) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validatePutSecretsParameters(value interface{}) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validatePutUlimitParameters(value interface{}) error {
	return nil
}

func (i *jsiiProxy_ImageBuildOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetAdditionalContextsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetBuildArgsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetBuilderParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetBuildIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetBuildLogFileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetCacheFromParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetCacheToParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetCgroupParentParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetContextParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetCpuPeriodParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetCpuQuotaParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetCpuSetCpusParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetCpuSetMemsParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetCpuSharesParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetDockerfileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetExtraHostsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetForceRemoveParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetInternalValueParameters(val *ImageBuild) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetIsolationParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetLabelParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetLabelsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetMemoryParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetMemorySwapParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetNetworkModeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetNoCacheParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetPlatformParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetProvenanceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetPullParentParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetRemoteContextParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetRemoveParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetSbomParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetSecurityOptParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetSessionIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetShmSizeParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetSquashParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetSuppressOutputParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetTagParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetTargetParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetUseLegacyBuilderParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ImageBuildOutputReference) validateSetVersionParameters(val *string) error {
	return nil
}

func validateNewImageBuildOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

