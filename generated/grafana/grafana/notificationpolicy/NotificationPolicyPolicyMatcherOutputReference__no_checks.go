//go:build no_runtime_type_checking

package notificationpolicy

// Building without runtime type checking enabled, so all the below just return nil

func (n *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateSetLabelParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateSetMatchParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherOutputReference) validateSetValueParameters(val *string) error {
	return nil
}

func validateNewNotificationPolicyPolicyMatcherOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

