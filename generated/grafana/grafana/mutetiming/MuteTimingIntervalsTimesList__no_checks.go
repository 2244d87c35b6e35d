//go:build no_runtime_type_checking

package mutetiming

// Building without runtime type checking enabled, so all the below just return nil

func (m *jsiiProxy_MuteTimingIntervalsTimesList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsTimesList) validateGetParameters(index *float64) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsTimesList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsTimesList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsTimesList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsTimesList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsTimesList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewMuteTimingIntervalsTimesListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

