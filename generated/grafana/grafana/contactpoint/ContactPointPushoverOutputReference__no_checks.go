//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointPushoverOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetApiTokenParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetDeviceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetDisableResolveMessageParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetExpireParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetMessageParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetOkPriorityParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetOkSoundParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetPriorityParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetRetryParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetSettingsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetSoundParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetTitleParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetUploadImageParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) validateSetUserKeyParameters(val *string) error {
	return nil
}

func validateNewContactPointPushoverOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

