//go:build no_runtime_type_checking

package folder

// Building without runtime type checking enabled, so all the below just return nil

func (f *jsiiProxy_Folder) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (f *jsiiProxy_Folder) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateImportFromParameters(id *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (f *jsiiProxy_Folder) validateMoveToIdParameters(id *string) error {
	return nil
}

func (f *jsiiProxy_Folder) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateFolder_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateFolder_IsConstructParameters(x interface{}) error {
	return nil
}

func validateFolder_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateFolder_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Folder) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Folder) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Folder) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Folder) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Folder) validateSetOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Folder) validateSetParentFolderUidParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Folder) validateSetPreventDestroyIfNotEmptyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Folder) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_Folder) validateSetTitleParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Folder) validateSetUidParameters(val *string) error {
	return nil
}

func validateNewFolderParameters(scope constructs.Construct, id *string, config *FolderConfig) error {
	return nil
}

