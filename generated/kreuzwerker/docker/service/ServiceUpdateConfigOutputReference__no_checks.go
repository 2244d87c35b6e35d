//go:build no_runtime_type_checking

package service

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_ServiceUpdateConfigOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceUpdateConfigOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceUpdateConfigOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceUpdateConfigOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceUpdateConfigOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceUpdateConfigOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceUpdateConfigOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceUpdateConfigOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceUpdateConfigOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceUpdateConfigOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_ServiceUpdateConfigOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ServiceUpdateConfigOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ServiceUpdateConfigOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ServiceUpdateConfigOutputReference) validateSetDelayParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceUpdateConfigOutputReference) validateSetFailureActionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceUpdateConfigOutputReference) validateSetInternalValueParameters(val *ServiceUpdateConfig) error {
	return nil
}

func (j *jsiiProxy_ServiceUpdateConfigOutputReference) validateSetMaxFailureRatioParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceUpdateConfigOutputReference) validateSetMonitorParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceUpdateConfigOutputReference) validateSetOrderParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceUpdateConfigOutputReference) validateSetParallelismParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ServiceUpdateConfigOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceUpdateConfigOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewServiceUpdateConfigOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

