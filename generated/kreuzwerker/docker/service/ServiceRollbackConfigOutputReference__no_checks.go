//go:build no_runtime_type_checking

package service

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_ServiceRollbackConfigOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceRollbackConfigOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceRollbackConfigOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceRollbackConfigOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceRollbackConfigOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceRollbackConfigOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceRollbackConfigOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceRollbackConfigOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceRollbackConfigOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_ServiceRollbackConfigOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_ServiceRollbackConfigOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ServiceRollbackConfigOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ServiceRollbackConfigOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ServiceRollbackConfigOutputReference) validateSetDelayParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceRollbackConfigOutputReference) validateSetFailureActionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceRollbackConfigOutputReference) validateSetInternalValueParameters(val *ServiceRollbackConfig) error {
	return nil
}

func (j *jsiiProxy_ServiceRollbackConfigOutputReference) validateSetMaxFailureRatioParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceRollbackConfigOutputReference) validateSetMonitorParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceRollbackConfigOutputReference) validateSetOrderParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceRollbackConfigOutputReference) validateSetParallelismParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ServiceRollbackConfigOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ServiceRollbackConfigOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewServiceRollbackConfigOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

