//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointWebhookOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validatePutHmacConfigParameters(value *ContactPointWebhookHmacConfig) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validatePutHttpConfigParameters(value *ContactPointWebhookHttpConfig) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validatePutPayloadParameters(value *ContactPointWebhookPayload) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetAuthorizationCredentialsParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetAuthorizationSchemeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetBasicAuthPasswordParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetBasicAuthUserParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetDisableResolveMessageParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetHeadersParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetHttpMethodParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetMaxAlertsParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetMessageParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetSettingsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetTitleParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetTlsConfigParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) validateSetUrlParameters(val *string) error {
	return nil
}

func validateNewContactPointWebhookOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

