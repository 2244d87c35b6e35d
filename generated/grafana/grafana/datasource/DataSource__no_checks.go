//go:build no_runtime_type_checking

package datasource

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataSource) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateImportFromParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateMoveToIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DataSource) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataSource_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataSource_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataSource_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateDataSource_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetAccessModeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetBasicAuthEnabledParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetBasicAuthUsernameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetDatabaseNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetHttpHeadersParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetIsDefaultParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetJsonDataEncodedParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetPrivateDataSourceConnectNetworkIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetSecureJsonDataEncodedParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetUidParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetUrlParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataSource) validateSetUsernameParameters(val *string) error {
	return nil
}

func validateNewDataSourceParameters(scope constructs.Construct, id *string, config *DataSourceConfig) error {
	return nil
}

