//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointOncallOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointOncallOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointOncallOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointOncallOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointOncallOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointOncallOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointOncallOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointOncallOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointOncallOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointOncallOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointOncallOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetAuthorizationCredentialsParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetAuthorizationSchemeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetBasicAuthPasswordParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetBasicAuthUserParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetDisableResolveMessageParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetHttpMethodParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetMaxAlertsParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetMessageParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetSettingsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetTitleParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointOncallOutputReference) validateSetUrlParameters(val *string) error {
	return nil
}

func validateNewContactPointOncallOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

