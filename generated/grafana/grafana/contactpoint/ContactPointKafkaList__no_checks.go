//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPointKafkaList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (c *jsiiProxy_ContactPointKafkaList) validateGetParameters(index *float64) error {
	return nil
}

func (c *jsiiProxy_ContactPointKafkaList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ContactPointKafkaList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPointKafkaList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPointKafkaList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ContactPointKafkaList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewContactPointKafkaListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

