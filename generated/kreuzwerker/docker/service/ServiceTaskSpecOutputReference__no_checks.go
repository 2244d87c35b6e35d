//go:build no_runtime_type_checking

package service

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validatePutContainerSpecParameters(value *ServiceTaskSpecContainerSpec) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validatePutLogDriverParameters(value *ServiceTaskSpecLogDriver) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validatePutNetworksAdvancedParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validatePutPlacementParameters(value *ServiceTaskSpecPlacement) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validatePutResourcesParameters(value *ServiceTaskSpecResources) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validatePutRestartPolicyParameters(value *ServiceTaskSpecRestartPolicy) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecOutputReference) validateSetForceUpdateParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecOutputReference) validateSetInternalValueParameters(val *ServiceTaskSpec) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecOutputReference) validateSetRuntimeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewServiceTaskSpecOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

