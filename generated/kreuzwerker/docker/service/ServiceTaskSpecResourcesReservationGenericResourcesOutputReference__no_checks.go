//go:build no_runtime_type_checking

package service

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateSetDiscreteResourcesSpecParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateSetInternalValueParameters(val *ServiceTaskSpecResourcesReservationGenericResources) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateSetNamedResourcesSpecParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceTaskSpecResourcesReservationGenericResourcesOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewServiceTaskSpecResourcesReservationGenericResourcesOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

