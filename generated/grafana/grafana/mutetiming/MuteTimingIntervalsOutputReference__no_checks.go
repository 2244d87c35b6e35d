//go:build no_runtime_type_checking

package mutetiming

// Building without runtime type checking enabled, so all the below just return nil

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validatePutTimesParameters(value interface{}) error {
	return nil
}

func (m *jsiiProxy_MuteTimingIntervalsOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsOutputReference) validateSetDaysOfMonthParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsOutputReference) validateSetLocationParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsOutputReference) validateSetMonthsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsOutputReference) validateSetWeekdaysParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_MuteTimingIntervalsOutputReference) validateSetYearsParameters(val *[]*string) error {
	return nil
}

func validateNewMuteTimingIntervalsOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

