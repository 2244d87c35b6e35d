package rulegroup

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/jsii"

	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/rulegroup/internal"
)

type RuleGroupRuleNotificationSettingsOutputReference interface {
	cdktf.ComplexObject
	ActiveTimings() *[]*string
	SetActiveTimings(val *[]*string)
	ActiveTimingsInput() *[]*string
	// the index of the complex object in a list.
	// Experimental.
	ComplexObjectIndex() interface{}
	// Experimental.
	SetComplexObjectIndex(val interface{})
	// set to true if this item is from inside a set and needs tolist() for accessing it set to "0" for single list items.
	// Experimental.
	ComplexObjectIsFromSet() *bool
	// Experimental.
	SetComplexObjectIsFromSet(val *bool)
	ContactPoint() *string
	SetContactPoint(val *string)
	ContactPointInput() *string
	// The creation stack of this resolvable which will be appended to errors thrown during resolution.
	//
	// If this returns an empty array the stack will not be attached.
	// Experimental.
	CreationStack() *[]*string
	// Experimental.
	Fqn() *string
	GroupBy() *[]*string
	SetGroupBy(val *[]*string)
	GroupByInput() *[]*string
	GroupInterval() *string
	SetGroupInterval(val *string)
	GroupIntervalInput() *string
	GroupWait() *string
	SetGroupWait(val *string)
	GroupWaitInput() *string
	InternalValue() *RuleGroupRuleNotificationSettings
	SetInternalValue(val *RuleGroupRuleNotificationSettings)
	MuteTimings() *[]*string
	SetMuteTimings(val *[]*string)
	MuteTimingsInput() *[]*string
	RepeatInterval() *string
	SetRepeatInterval(val *string)
	RepeatIntervalInput() *string
	// Experimental.
	TerraformAttribute() *string
	// Experimental.
	SetTerraformAttribute(val *string)
	// Experimental.
	TerraformResource() cdktf.IInterpolatingParent
	// Experimental.
	SetTerraformResource(val cdktf.IInterpolatingParent)
	// Experimental.
	ComputeFqn() *string
	// Experimental.
	GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{}
	// Experimental.
	GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable
	// Experimental.
	GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool
	// Experimental.
	GetListAttribute(terraformAttribute *string) *[]*string
	// Experimental.
	GetNumberAttribute(terraformAttribute *string) *float64
	// Experimental.
	GetNumberListAttribute(terraformAttribute *string) *[]*float64
	// Experimental.
	GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64
	// Experimental.
	GetStringAttribute(terraformAttribute *string) *string
	// Experimental.
	GetStringMapAttribute(terraformAttribute *string) *map[string]*string
	// Experimental.
	InterpolationAsList() cdktf.IResolvable
	// Experimental.
	InterpolationForAttribute(property *string) cdktf.IResolvable
	ResetActiveTimings()
	ResetGroupBy()
	ResetGroupInterval()
	ResetGroupWait()
	ResetMuteTimings()
	ResetRepeatInterval()
	// Produce the Token's value at resolution time.
	// Experimental.
	Resolve(_context cdktf.IResolveContext) interface{}
	// Return a string representation of this resolvable object.
	//
	// Returns a reversible string representation.
	// Experimental.
	ToString() *string
}

// The jsii proxy struct for RuleGroupRuleNotificationSettingsOutputReference
type jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference struct {
	internal.Type__cdktfComplexObject
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ActiveTimings() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"activeTimings",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ActiveTimingsInput() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"activeTimingsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ComplexObjectIndex() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"complexObjectIndex",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ComplexObjectIsFromSet() *bool {
	var returns *bool
	_jsii_.Get(
		j,
		"complexObjectIsFromSet",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ContactPoint() *string {
	var returns *string
	_jsii_.Get(
		j,
		"contactPoint",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ContactPointInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"contactPointInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) CreationStack() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"creationStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GroupBy() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"groupBy",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GroupByInput() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"groupByInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GroupInterval() *string {
	var returns *string
	_jsii_.Get(
		j,
		"groupInterval",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GroupIntervalInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"groupIntervalInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GroupWait() *string {
	var returns *string
	_jsii_.Get(
		j,
		"groupWait",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GroupWaitInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"groupWaitInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) InternalValue() *RuleGroupRuleNotificationSettings {
	var returns *RuleGroupRuleNotificationSettings
	_jsii_.Get(
		j,
		"internalValue",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) MuteTimings() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"muteTimings",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) MuteTimingsInput() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"muteTimingsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) RepeatInterval() *string {
	var returns *string
	_jsii_.Get(
		j,
		"repeatInterval",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) RepeatIntervalInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"repeatIntervalInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) TerraformAttribute() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformAttribute",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) TerraformResource() cdktf.IInterpolatingParent {
	var returns cdktf.IInterpolatingParent
	_jsii_.Get(
		j,
		"terraformResource",
		&returns,
	)
	return returns
}


func NewRuleGroupRuleNotificationSettingsOutputReference(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) RuleGroupRuleNotificationSettingsOutputReference {
	_init_.Initialize()

	if err := validateNewRuleGroupRuleNotificationSettingsOutputReferenceParameters(terraformResource, terraformAttribute); err != nil {
		panic(err)
	}
	j := jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference{}

	_jsii_.Create(
		"grafana.ruleGroup.RuleGroupRuleNotificationSettingsOutputReference",
		[]interface{}{terraformResource, terraformAttribute},
		&j,
	)

	return &j
}

func NewRuleGroupRuleNotificationSettingsOutputReference_Override(r RuleGroupRuleNotificationSettingsOutputReference, terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) {
	_init_.Initialize()

	_jsii_.Create(
		"grafana.ruleGroup.RuleGroupRuleNotificationSettingsOutputReference",
		[]interface{}{terraformResource, terraformAttribute},
		r,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetActiveTimings(val *[]*string) {
	if err := j.validateSetActiveTimingsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"activeTimings",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetComplexObjectIndex(val interface{}) {
	if err := j.validateSetComplexObjectIndexParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIndex",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetComplexObjectIsFromSet(val *bool) {
	if err := j.validateSetComplexObjectIsFromSetParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIsFromSet",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetContactPoint(val *string) {
	if err := j.validateSetContactPointParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"contactPoint",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetGroupBy(val *[]*string) {
	if err := j.validateSetGroupByParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"groupBy",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetGroupInterval(val *string) {
	if err := j.validateSetGroupIntervalParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"groupInterval",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetGroupWait(val *string) {
	if err := j.validateSetGroupWaitParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"groupWait",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetInternalValue(val *RuleGroupRuleNotificationSettings) {
	if err := j.validateSetInternalValueParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"internalValue",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetMuteTimings(val *[]*string) {
	if err := j.validateSetMuteTimingsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"muteTimings",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetRepeatInterval(val *string) {
	if err := j.validateSetRepeatIntervalParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"repeatInterval",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetTerraformAttribute(val *string) {
	if err := j.validateSetTerraformAttributeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformAttribute",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference)SetTerraformResource(val cdktf.IInterpolatingParent) {
	if err := j.validateSetTerraformResourceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformResource",
		val,
	)
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ComputeFqn() *string {
	var returns *string

	_jsii_.Invoke(
		r,
		"computeFqn",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
	if err := r.validateGetAnyMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]interface{}

	_jsii_.Invoke(
		r,
		"getAnyMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
	if err := r.validateGetBooleanAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		r,
		"getBooleanAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
	if err := r.validateGetBooleanMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*bool

	_jsii_.Invoke(
		r,
		"getBooleanMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GetListAttribute(terraformAttribute *string) *[]*string {
	if err := r.validateGetListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*string

	_jsii_.Invoke(
		r,
		"getListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GetNumberAttribute(terraformAttribute *string) *float64 {
	if err := r.validateGetNumberAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *float64

	_jsii_.Invoke(
		r,
		"getNumberAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
	if err := r.validateGetNumberListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*float64

	_jsii_.Invoke(
		r,
		"getNumberListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
	if err := r.validateGetNumberMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*float64

	_jsii_.Invoke(
		r,
		"getNumberMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GetStringAttribute(terraformAttribute *string) *string {
	if err := r.validateGetStringAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *string

	_jsii_.Invoke(
		r,
		"getStringAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
	if err := r.validateGetStringMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*string

	_jsii_.Invoke(
		r,
		"getStringMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) InterpolationAsList() cdktf.IResolvable {
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		r,
		"interpolationAsList",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) InterpolationForAttribute(property *string) cdktf.IResolvable {
	if err := r.validateInterpolationForAttributeParameters(property); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		r,
		"interpolationForAttribute",
		[]interface{}{property},
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ResetActiveTimings() {
	_jsii_.InvokeVoid(
		r,
		"resetActiveTimings",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ResetGroupBy() {
	_jsii_.InvokeVoid(
		r,
		"resetGroupBy",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ResetGroupInterval() {
	_jsii_.InvokeVoid(
		r,
		"resetGroupInterval",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ResetGroupWait() {
	_jsii_.InvokeVoid(
		r,
		"resetGroupWait",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ResetMuteTimings() {
	_jsii_.InvokeVoid(
		r,
		"resetMuteTimings",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ResetRepeatInterval() {
	_jsii_.InvokeVoid(
		r,
		"resetRepeatInterval",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) Resolve(_context cdktf.IResolveContext) interface{} {
	if err := r.validateResolveParameters(_context); err != nil {
		panic(err)
	}
	var returns interface{}

	_jsii_.Invoke(
		r,
		"resolve",
		[]interface{}{_context},
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleNotificationSettingsOutputReference) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		r,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

