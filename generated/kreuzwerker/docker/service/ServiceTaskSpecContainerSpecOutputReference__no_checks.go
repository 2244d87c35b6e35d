//go:build no_runtime_type_checking

package service

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validatePutConfigsParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validatePutDnsConfigParameters(value *ServiceTaskSpecContainerSpecDnsConfig) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validatePutHealthcheckParameters(value *ServiceTaskSpecContainerSpecHealthcheck) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validatePutHostsParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validatePutLabelsParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validatePutMountsParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validatePutPrivilegesParameters(value *ServiceTaskSpecContainerSpecPrivileges) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validatePutSecretsParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetArgsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetCapAddParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetCapDropParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetCommandParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetDirParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetEnvParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetGroupsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetHostnameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetImageParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetInitParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetInternalValueParameters(val *ServiceTaskSpecContainerSpec) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetIsolationParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetReadOnlyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetStopGracePeriodParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetStopSignalParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetSysctlParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecContainerSpecOutputReference) validateSetUserParameters(val *string) error {
	return nil
}

func validateNewServiceTaskSpecContainerSpecOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

