//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointDiscordOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointDiscordOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointDiscordOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointDiscordOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointDiscordOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointDiscordOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointDiscordOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointDiscordOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointDiscordOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointDiscordOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointDiscordOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetAvatarUrlParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetDisableResolveMessageParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetMessageParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetSettingsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetTitleParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetUrlParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointDiscordOutputReference) validateSetUseDiscordUsernameParameters(val interface{}) error {
	return nil
}

func validateNewContactPointDiscordOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

