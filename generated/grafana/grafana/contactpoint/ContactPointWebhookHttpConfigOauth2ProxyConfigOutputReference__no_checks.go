//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateSetInternalValueParameters(val *ContactPointWebhookHttpConfigOauth2ProxyConfig) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateSetNoProxyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateSetProxyConnectHeaderParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateSetProxyFromEnvironmentParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateSetProxyUrlParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewContactPointWebhookHttpConfigOauth2ProxyConfigOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

