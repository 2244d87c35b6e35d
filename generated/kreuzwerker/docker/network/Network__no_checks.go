//go:build no_runtime_type_checking

package network

// Building without runtime type checking enabled, so all the below just return nil

func (n *jsiiProxy_Network) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (n *jsiiProxy_Network) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateImportFromParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (n *jsiiProxy_Network) validateMoveToIdParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_Network) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (n *jsiiProxy_Network) validatePutIpamConfigParameters(value interface{}) error {
	return nil
}

func (n *jsiiProxy_Network) validatePutLabelsParameters(value interface{}) error {
	return nil
}

func validateNetwork_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateNetwork_IsConstructParameters(x interface{}) error {
	return nil
}

func validateNetwork_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateNetwork_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetAttachableParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetDriverParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetIngressParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetInternalParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetIpamDriverParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetIpamOptionsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetIpv6Parameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetOptionsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_Network) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewNetworkParameters(scope constructs.Construct, id *string, config *NetworkConfig) error {
	return nil
}

