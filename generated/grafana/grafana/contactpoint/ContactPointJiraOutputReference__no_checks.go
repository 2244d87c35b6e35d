//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointJiraOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetApiTokenParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetApiUrlParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetDedupKeyFieldParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetDisableResolveMessageParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetFieldsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetIssueTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetLabelsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetPasswordParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetPriorityParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetProjectParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetReopenDurationParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetReopenTransitionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetResolveTransitionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetSettingsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetSummaryParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetUserParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraOutputReference) validateSetWontFixResolutionParameters(val *string) error {
	return nil
}

func validateNewContactPointJiraOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

