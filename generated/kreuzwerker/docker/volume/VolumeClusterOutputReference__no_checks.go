//go:build no_runtime_type_checking

package volume

// Building without runtime type checking enabled, so all the below just return nil

func (v *jsiiProxy_VolumeClusterOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VolumeClusterOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VolumeClusterOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VolumeClusterOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VolumeClusterOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VolumeClusterOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VolumeClusterOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VolumeClusterOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VolumeClusterOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VolumeClusterOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (v *jsiiProxy_VolumeClusterOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetAvailabilityParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetGroupParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetInternalValueParameters(val *VolumeCluster) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetLimitBytesParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetRequiredBytesParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetScopeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetSharingParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetTopologyPreferredParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetTopologyRequiredParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VolumeClusterOutputReference) validateSetTypeParameters(val *string) error {
	return nil
}

func validateNewVolumeClusterOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

