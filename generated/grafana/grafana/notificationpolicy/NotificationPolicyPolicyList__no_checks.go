//go:build no_runtime_type_checking

package notificationpolicy

// Building without runtime type checking enabled, so all the below just return nil

func (n *jsiiProxy_NotificationPolicyPolicyList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyList) validateGetParameters(index *float64) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewNotificationPolicyPolicyListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

