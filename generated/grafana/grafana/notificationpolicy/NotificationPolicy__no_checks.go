//go:build no_runtime_type_checking

package notificationpolicy

// Building without runtime type checking enabled, so all the below just return nil

func (n *jsiiProxy_NotificationPolicy) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateImportFromParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateMoveToIdParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (n *jsiiProxy_NotificationPolicy) validatePutPolicyParameters(value interface{}) error {
	return nil
}

func validateNotificationPolicy_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateNotificationPolicy_IsConstructParameters(x interface{}) error {
	return nil
}

func validateNotificationPolicy_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateNotificationPolicy_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetContactPointParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetDisableProvenanceParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetGroupByParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetGroupIntervalParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetGroupWaitParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_NotificationPolicy) validateSetRepeatIntervalParameters(val *string) error {
	return nil
}

func validateNewNotificationPolicyParameters(scope constructs.Construct, id *string, config *NotificationPolicyConfig) error {
	return nil
}

