//go:build no_runtime_type_checking

package notificationpolicy

// Building without runtime type checking enabled, so all the below just return nil

func (n *jsiiProxy_NotificationPolicyPolicyMatcherList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherList) validateGetParameters(index *float64) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicyPolicyMatcherList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicyPolicyMatcherList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewNotificationPolicyPolicyMatcherListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

