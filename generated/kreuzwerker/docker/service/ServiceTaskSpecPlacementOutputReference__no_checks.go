//go:build no_runtime_type_checking

package service

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validatePutPlatformsParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateSetConstraintsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateSetInternalValueParameters(val *ServiceTaskSpecPlacement) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateSetMaxReplicasParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateSetPrefsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecPlacementOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewServiceTaskSpecPlacementOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

