//go:build no_runtime_type_checking

package registryimage

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RegistryImage) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateImportFromParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateMoveToIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validatePutAuthConfigParameters(value *RegistryImageAuthConfig) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validatePutBuildAttributeParameters(value *RegistryImageBuild) error {
	return nil
}

func (r *jsiiProxy_RegistryImage) validatePutTimeoutsParameters(value *RegistryImageTimeouts) error {
	return nil
}

func validateRegistryImage_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateRegistryImage_IsConstructParameters(x interface{}) error {
	return nil
}

func validateRegistryImage_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateRegistryImage_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImage) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImage) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImage) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImage) validateSetInsecureSkipVerifyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImage) validateSetKeepRemotelyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImage) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_RegistryImage) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RegistryImage) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_RegistryImage) validateSetTriggersParameters(val *map[string]*string) error {
	return nil
}

func validateNewRegistryImageParameters(scope constructs.Construct, id *string, config *RegistryImageConfig) error {
	return nil
}

