//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointJiraList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraList) validateGetParameters(index *float64) error {
	return nil
}

func (c *jsiiProxy_ContactPointJiraList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContactPointJiraList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewContactPointJiraListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

