//go:build no_runtime_type_checking

package mutetiming

// Building without runtime type checking enabled, so all the below just return nil

func (m *jsiiProxy_MuteTimingIntervalsList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsList) validateGetParameters(index *float64) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewMuteTimingIntervalsListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

