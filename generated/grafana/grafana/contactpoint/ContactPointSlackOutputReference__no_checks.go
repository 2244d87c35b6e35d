//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointSlackOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSlackOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSlackOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSlackOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSlackOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSlackOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSlackOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSlackOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSlackOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSlackOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSlackOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetColorParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetDisableResolveMessageParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetEndpointUrlParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetIconEmojiParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetIconUrlParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetMentionChannelParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetMentionGroupsParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetMentionUsersParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetRecipientParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetSettingsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetTextParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetTitleParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetTokenParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetUrlParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSlackOutputReference) validateSetUsernameParameters(val *string) error {
	return nil
}

func validateNewContactPointSlackOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

