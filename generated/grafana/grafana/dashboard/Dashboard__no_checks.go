//go:build no_runtime_type_checking

package dashboard

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_Dashboard) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateImportFromParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateMoveToIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_Dashboard) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDashboard_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDashboard_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDashboard_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateDashboard_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Dashboard) validateSetConfigJsonParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Dashboard) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Dashboard) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Dashboard) validateSetFolderParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Dashboard) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Dashboard) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Dashboard) validateSetMessageParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Dashboard) validateSetOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Dashboard) validateSetOverwriteParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Dashboard) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewDashboardParameters(scope constructs.Construct, id *string, config *DashboardConfig) error {
	return nil
}

