//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validatePutProxyConfigParameters(value *ContactPointWebhookHttpConfigOauth2ProxyConfig) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validatePutTlsConfigParameters(value *ContactPointWebhookHttpConfigOauth2TlsConfig) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateSetClientIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateSetClientSecretParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateSetEndpointParamsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateSetInternalValueParameters(val *ContactPointWebhookHttpConfigOauth2) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateSetScopesParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2OutputReference) validateSetTokenUrlParameters(val *string) error {
	return nil
}

func validateNewContactPointWebhookHttpConfigOauth2OutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

