//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointSnsOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSnsOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSnsOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSnsOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSnsOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSnsOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSnsOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSnsOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSnsOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSnsOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointSnsOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetAccessKeyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetAssumeRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetAuthProviderParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetBodyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetDisableResolveMessageParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetExternalIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetMessageFormatParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetSecretKeyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetSettingsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetSubjectParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContactPointSnsOutputReference) validateSetTopicParameters(val *string) error {
	return nil
}

func validateNewContactPointSnsOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

