package notificationpolicy

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/jsii"

	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/notificationpolicy/internal"
)

type NotificationPolicyPolicyOutputReference interface {
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
	Continue() interface{}
	SetContinue(val interface{})
	ContinueInput() interface{}
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
	InternalValue() interface{}
	SetInternalValue(val interface{})
	Matcher() NotificationPolicyPolicyMatcherList
	MatcherInput() interface{}
	MuteTimings() *[]*string
	SetMuteTimings(val *[]*string)
	MuteTimingsInput() *[]*string
	Policy() NotificationPolicyPolicyList
	PolicyInput() interface{}
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
	PutMatcher(value interface{})
	PutPolicy(value interface{})
	ResetActiveTimings()
	ResetContactPoint()
	ResetContinue()
	ResetGroupBy()
	ResetGroupInterval()
	ResetGroupWait()
	ResetMatcher()
	ResetMuteTimings()
	ResetPolicy()
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

// The jsii proxy struct for NotificationPolicyPolicyOutputReference
type jsiiProxy_NotificationPolicyPolicyOutputReference struct {
	internal.Type__cdktfComplexObject
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) ActiveTimings() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"activeTimings",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) ActiveTimingsInput() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"activeTimingsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) ComplexObjectIndex() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"complexObjectIndex",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) ComplexObjectIsFromSet() *bool {
	var returns *bool
	_jsii_.Get(
		j,
		"complexObjectIsFromSet",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) ContactPoint() *string {
	var returns *string
	_jsii_.Get(
		j,
		"contactPoint",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) ContactPointInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"contactPointInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) Continue() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"continue",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) ContinueInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"continueInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) CreationStack() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"creationStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) GroupBy() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"groupBy",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) GroupByInput() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"groupByInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) GroupInterval() *string {
	var returns *string
	_jsii_.Get(
		j,
		"groupInterval",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) GroupIntervalInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"groupIntervalInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) GroupWait() *string {
	var returns *string
	_jsii_.Get(
		j,
		"groupWait",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) GroupWaitInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"groupWaitInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) InternalValue() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"internalValue",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) Matcher() NotificationPolicyPolicyMatcherList {
	var returns NotificationPolicyPolicyMatcherList
	_jsii_.Get(
		j,
		"matcher",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) MatcherInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"matcherInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) MuteTimings() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"muteTimings",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) MuteTimingsInput() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"muteTimingsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) Policy() NotificationPolicyPolicyList {
	var returns NotificationPolicyPolicyList
	_jsii_.Get(
		j,
		"policy",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) PolicyInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"policyInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) RepeatInterval() *string {
	var returns *string
	_jsii_.Get(
		j,
		"repeatInterval",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) RepeatIntervalInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"repeatIntervalInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) TerraformAttribute() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformAttribute",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference) TerraformResource() cdktf.IInterpolatingParent {
	var returns cdktf.IInterpolatingParent
	_jsii_.Get(
		j,
		"terraformResource",
		&returns,
	)
	return returns
}


func NewNotificationPolicyPolicyOutputReference(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) NotificationPolicyPolicyOutputReference {
	_init_.Initialize()

	if err := validateNewNotificationPolicyPolicyOutputReferenceParameters(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet); err != nil {
		panic(err)
	}
	j := jsiiProxy_NotificationPolicyPolicyOutputReference{}

	_jsii_.Create(
		"grafana.notificationPolicy.NotificationPolicyPolicyOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		&j,
	)

	return &j
}

func NewNotificationPolicyPolicyOutputReference_Override(n NotificationPolicyPolicyOutputReference, terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) {
	_init_.Initialize()

	_jsii_.Create(
		"grafana.notificationPolicy.NotificationPolicyPolicyOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		n,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetActiveTimings(val *[]*string) {
	if err := j.validateSetActiveTimingsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"activeTimings",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetComplexObjectIndex(val interface{}) {
	if err := j.validateSetComplexObjectIndexParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIndex",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetComplexObjectIsFromSet(val *bool) {
	if err := j.validateSetComplexObjectIsFromSetParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIsFromSet",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetContactPoint(val *string) {
	if err := j.validateSetContactPointParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"contactPoint",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetContinue(val interface{}) {
	if err := j.validateSetContinueParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"continue",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetGroupBy(val *[]*string) {
	if err := j.validateSetGroupByParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"groupBy",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetGroupInterval(val *string) {
	if err := j.validateSetGroupIntervalParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"groupInterval",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetGroupWait(val *string) {
	if err := j.validateSetGroupWaitParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"groupWait",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetInternalValue(val interface{}) {
	if err := j.validateSetInternalValueParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"internalValue",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetMuteTimings(val *[]*string) {
	if err := j.validateSetMuteTimingsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"muteTimings",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetRepeatInterval(val *string) {
	if err := j.validateSetRepeatIntervalParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"repeatInterval",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetTerraformAttribute(val *string) {
	if err := j.validateSetTerraformAttributeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformAttribute",
		val,
	)
}

func (j *jsiiProxy_NotificationPolicyPolicyOutputReference)SetTerraformResource(val cdktf.IInterpolatingParent) {
	if err := j.validateSetTerraformResourceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformResource",
		val,
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ComputeFqn() *string {
	var returns *string

	_jsii_.Invoke(
		n,
		"computeFqn",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
	if err := n.validateGetAnyMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]interface{}

	_jsii_.Invoke(
		n,
		"getAnyMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
	if err := n.validateGetBooleanAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		n,
		"getBooleanAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
	if err := n.validateGetBooleanMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*bool

	_jsii_.Invoke(
		n,
		"getBooleanMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) GetListAttribute(terraformAttribute *string) *[]*string {
	if err := n.validateGetListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*string

	_jsii_.Invoke(
		n,
		"getListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) GetNumberAttribute(terraformAttribute *string) *float64 {
	if err := n.validateGetNumberAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *float64

	_jsii_.Invoke(
		n,
		"getNumberAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
	if err := n.validateGetNumberListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*float64

	_jsii_.Invoke(
		n,
		"getNumberListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
	if err := n.validateGetNumberMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*float64

	_jsii_.Invoke(
		n,
		"getNumberMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) GetStringAttribute(terraformAttribute *string) *string {
	if err := n.validateGetStringAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *string

	_jsii_.Invoke(
		n,
		"getStringAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
	if err := n.validateGetStringMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*string

	_jsii_.Invoke(
		n,
		"getStringMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) InterpolationAsList() cdktf.IResolvable {
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		n,
		"interpolationAsList",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) InterpolationForAttribute(property *string) cdktf.IResolvable {
	if err := n.validateInterpolationForAttributeParameters(property); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		n,
		"interpolationForAttribute",
		[]interface{}{property},
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) PutMatcher(value interface{}) {
	if err := n.validatePutMatcherParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		n,
		"putMatcher",
		[]interface{}{value},
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) PutPolicy(value interface{}) {
	if err := n.validatePutPolicyParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		n,
		"putPolicy",
		[]interface{}{value},
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ResetActiveTimings() {
	_jsii_.InvokeVoid(
		n,
		"resetActiveTimings",
		nil, // no parameters
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ResetContactPoint() {
	_jsii_.InvokeVoid(
		n,
		"resetContactPoint",
		nil, // no parameters
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ResetContinue() {
	_jsii_.InvokeVoid(
		n,
		"resetContinue",
		nil, // no parameters
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ResetGroupBy() {
	_jsii_.InvokeVoid(
		n,
		"resetGroupBy",
		nil, // no parameters
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ResetGroupInterval() {
	_jsii_.InvokeVoid(
		n,
		"resetGroupInterval",
		nil, // no parameters
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ResetGroupWait() {
	_jsii_.InvokeVoid(
		n,
		"resetGroupWait",
		nil, // no parameters
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ResetMatcher() {
	_jsii_.InvokeVoid(
		n,
		"resetMatcher",
		nil, // no parameters
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ResetMuteTimings() {
	_jsii_.InvokeVoid(
		n,
		"resetMuteTimings",
		nil, // no parameters
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ResetPolicy() {
	_jsii_.InvokeVoid(
		n,
		"resetPolicy",
		nil, // no parameters
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ResetRepeatInterval() {
	_jsii_.InvokeVoid(
		n,
		"resetRepeatInterval",
		nil, // no parameters
	)
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) Resolve(_context cdktf.IResolveContext) interface{} {
	if err := n.validateResolveParameters(_context); err != nil {
		panic(err)
	}
	var returns interface{}

	_jsii_.Invoke(
		n,
		"resolve",
		[]interface{}{_context},
		&returns,
	)

	return returns
}

func (n *jsiiProxy_NotificationPolicyPolicyOutputReference) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		n,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

