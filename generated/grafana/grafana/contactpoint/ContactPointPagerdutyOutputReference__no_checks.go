//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetClassParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetClientParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetClientUrlParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetComponentParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetDetailsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetDisableResolveMessageParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetGroupParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetIntegrationKeyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetSettingsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetSeverityParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetSourceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetSummaryParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) validateSetUrlParameters(val *string) error {
	return nil
}

func validateNewContactPointPagerdutyOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

