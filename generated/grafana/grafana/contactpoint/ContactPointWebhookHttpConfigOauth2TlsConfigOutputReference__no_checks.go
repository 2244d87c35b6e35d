//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateSetCaCertificateParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateSetClientCertificateParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateSetClientKeyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateSetInsecureSkipVerifyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateSetInternalValueParameters(val *ContactPointWebhookHttpConfigOauth2TlsConfig) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2TlsConfigOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewContactPointWebhookHttpConfigOauth2TlsConfigOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

