//go:build no_runtime_type_checking

package notificationpolicy

// Building without runtime type checking enabled, so all the below just return nil

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validatePutMatcherParameters(value interface{}) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validatePutPolicyParameters(value interface{}) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetActiveTimingsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetContactPointParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetContinueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetGroupByParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetGroupIntervalParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetGroupWaitParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetMuteTimingsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetRepeatIntervalParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewNotificationPolicyPolicyOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

