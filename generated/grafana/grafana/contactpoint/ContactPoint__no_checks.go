//go:build no_runtime_type_checking

package contactpoint

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_ContactPoint) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateImportFromParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateMoveToIdParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutAlertmanagerParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutDingdingParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutDiscordParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutEmailParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutGooglechatParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutJiraParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutKafkaParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutLineParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutOncallParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutOpsgenieParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutPagerdutyParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutPushoverParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutSensugoParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutSlackParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutSnsParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutTeamsParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutTelegramParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutThreemaParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutVictoropsParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutWebexParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutWebhookParameters(value interface{}) error {
	return nil
}

func (c *jsiiProxy_ContactPoint) validatePutWecomParameters(value interface{}) error {
	return nil
}

func validateContactPoint_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateContactPoint_IsConstructParameters(x interface{}) error {
	return nil
}

func validateContactPoint_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateContactPoint_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPoint) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPoint) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPoint) validateSetDisableProvenanceParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ContactPoint) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPoint) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_ContactPoint) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPoint) validateSetOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ContactPoint) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewContactPointParameters(scope constructs.Construct, id *string, config *ContactPointConfig) error {
	return nil
}

