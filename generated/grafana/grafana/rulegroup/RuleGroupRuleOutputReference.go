package rulegroup

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/jsii"

	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/rulegroup/internal"
)

type RuleGroupRuleOutputReference interface {
	cdktf.ComplexObject
	Annotations() *map[string]*string
	SetAnnotations(val *map[string]*string)
	AnnotationsInput() *map[string]*string
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
	Condition() *string
	SetCondition(val *string)
	ConditionInput() *string
	// The creation stack of this resolvable which will be appended to errors thrown during resolution.
	//
	// If this returns an empty array the stack will not be attached.
	// Experimental.
	CreationStack() *[]*string
	Data() RuleGroupRuleDataList
	DataInput() interface{}
	ExecErrState() *string
	SetExecErrState(val *string)
	ExecErrStateInput() *string
	For() *string
	SetFor(val *string)
	ForInput() *string
	// Experimental.
	Fqn() *string
	InternalValue() interface{}
	SetInternalValue(val interface{})
	IsPaused() interface{}
	SetIsPaused(val interface{})
	IsPausedInput() interface{}
	KeepFiringFor() *string
	SetKeepFiringFor(val *string)
	KeepFiringForInput() *string
	Labels() *map[string]*string
	SetLabels(val *map[string]*string)
	LabelsInput() *map[string]*string
	MissingSeriesEvalsToResolve() *float64
	SetMissingSeriesEvalsToResolve(val *float64)
	MissingSeriesEvalsToResolveInput() *float64
	Name() *string
	SetName(val *string)
	NameInput() *string
	NoDataState() *string
	SetNoDataState(val *string)
	NoDataStateInput() *string
	NotificationSettings() RuleGroupRuleNotificationSettingsOutputReference
	NotificationSettingsInput() *RuleGroupRuleNotificationSettings
	Record() RuleGroupRuleRecordOutputReference
	RecordInput() *RuleGroupRuleRecord
	// Experimental.
	TerraformAttribute() *string
	// Experimental.
	SetTerraformAttribute(val *string)
	// Experimental.
	TerraformResource() cdktf.IInterpolatingParent
	// Experimental.
	SetTerraformResource(val cdktf.IInterpolatingParent)
	Uid() *string
	SetUid(val *string)
	UidInput() *string
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
	PutData(value interface{})
	PutNotificationSettings(value *RuleGroupRuleNotificationSettings)
	PutRecord(value *RuleGroupRuleRecord)
	ResetAnnotations()
	ResetCondition()
	ResetExecErrState()
	ResetFor()
	ResetIsPaused()
	ResetKeepFiringFor()
	ResetLabels()
	ResetMissingSeriesEvalsToResolve()
	ResetNoDataState()
	ResetNotificationSettings()
	ResetRecord()
	ResetUid()
	// Produce the Token's value at resolution time.
	// Experimental.
	Resolve(_context cdktf.IResolveContext) interface{}
	// Return a string representation of this resolvable object.
	//
	// Returns a reversible string representation.
	// Experimental.
	ToString() *string
}

// The jsii proxy struct for RuleGroupRuleOutputReference
type jsiiProxy_RuleGroupRuleOutputReference struct {
	internal.Type__cdktfComplexObject
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) Annotations() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"annotations",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) AnnotationsInput() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"annotationsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) ComplexObjectIndex() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"complexObjectIndex",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) ComplexObjectIsFromSet() *bool {
	var returns *bool
	_jsii_.Get(
		j,
		"complexObjectIsFromSet",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) Condition() *string {
	var returns *string
	_jsii_.Get(
		j,
		"condition",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) ConditionInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"conditionInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) CreationStack() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"creationStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) Data() RuleGroupRuleDataList {
	var returns RuleGroupRuleDataList
	_jsii_.Get(
		j,
		"data",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) DataInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"dataInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) ExecErrState() *string {
	var returns *string
	_jsii_.Get(
		j,
		"execErrState",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) ExecErrStateInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"execErrStateInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) For() *string {
	var returns *string
	_jsii_.Get(
		j,
		"for",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) ForInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"forInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) InternalValue() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"internalValue",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) IsPaused() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"isPaused",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) IsPausedInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"isPausedInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) KeepFiringFor() *string {
	var returns *string
	_jsii_.Get(
		j,
		"keepFiringFor",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) KeepFiringForInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"keepFiringForInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) Labels() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"labels",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) LabelsInput() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"labelsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) MissingSeriesEvalsToResolve() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"missingSeriesEvalsToResolve",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) MissingSeriesEvalsToResolveInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"missingSeriesEvalsToResolveInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) Name() *string {
	var returns *string
	_jsii_.Get(
		j,
		"name",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) NameInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"nameInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) NoDataState() *string {
	var returns *string
	_jsii_.Get(
		j,
		"noDataState",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) NoDataStateInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"noDataStateInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) NotificationSettings() RuleGroupRuleNotificationSettingsOutputReference {
	var returns RuleGroupRuleNotificationSettingsOutputReference
	_jsii_.Get(
		j,
		"notificationSettings",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) NotificationSettingsInput() *RuleGroupRuleNotificationSettings {
	var returns *RuleGroupRuleNotificationSettings
	_jsii_.Get(
		j,
		"notificationSettingsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) Record() RuleGroupRuleRecordOutputReference {
	var returns RuleGroupRuleRecordOutputReference
	_jsii_.Get(
		j,
		"record",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) RecordInput() *RuleGroupRuleRecord {
	var returns *RuleGroupRuleRecord
	_jsii_.Get(
		j,
		"recordInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) TerraformAttribute() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformAttribute",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) TerraformResource() cdktf.IInterpolatingParent {
	var returns cdktf.IInterpolatingParent
	_jsii_.Get(
		j,
		"terraformResource",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) Uid() *string {
	var returns *string
	_jsii_.Get(
		j,
		"uid",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_RuleGroupRuleOutputReference) UidInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"uidInput",
		&returns,
	)
	return returns
}


func NewRuleGroupRuleOutputReference(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) RuleGroupRuleOutputReference {
	_init_.Initialize()

	if err := validateNewRuleGroupRuleOutputReferenceParameters(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet); err != nil {
		panic(err)
	}
	j := jsiiProxy_RuleGroupRuleOutputReference{}

	_jsii_.Create(
		"grafana.ruleGroup.RuleGroupRuleOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		&j,
	)

	return &j
}

func NewRuleGroupRuleOutputReference_Override(r RuleGroupRuleOutputReference, terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) {
	_init_.Initialize()

	_jsii_.Create(
		"grafana.ruleGroup.RuleGroupRuleOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		r,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetAnnotations(val *map[string]*string) {
	if err := j.validateSetAnnotationsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"annotations",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetComplexObjectIndex(val interface{}) {
	if err := j.validateSetComplexObjectIndexParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIndex",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetComplexObjectIsFromSet(val *bool) {
	if err := j.validateSetComplexObjectIsFromSetParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIsFromSet",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetCondition(val *string) {
	if err := j.validateSetConditionParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"condition",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetExecErrState(val *string) {
	if err := j.validateSetExecErrStateParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"execErrState",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetFor(val *string) {
	if err := j.validateSetForParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"for",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetInternalValue(val interface{}) {
	if err := j.validateSetInternalValueParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"internalValue",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetIsPaused(val interface{}) {
	if err := j.validateSetIsPausedParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"isPaused",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetKeepFiringFor(val *string) {
	if err := j.validateSetKeepFiringForParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"keepFiringFor",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetLabels(val *map[string]*string) {
	if err := j.validateSetLabelsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"labels",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetMissingSeriesEvalsToResolve(val *float64) {
	if err := j.validateSetMissingSeriesEvalsToResolveParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"missingSeriesEvalsToResolve",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetName(val *string) {
	if err := j.validateSetNameParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"name",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetNoDataState(val *string) {
	if err := j.validateSetNoDataStateParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"noDataState",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetTerraformAttribute(val *string) {
	if err := j.validateSetTerraformAttributeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformAttribute",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetTerraformResource(val cdktf.IInterpolatingParent) {
	if err := j.validateSetTerraformResourceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformResource",
		val,
	)
}

func (j *jsiiProxy_RuleGroupRuleOutputReference)SetUid(val *string) {
	if err := j.validateSetUidParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"uid",
		val,
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ComputeFqn() *string {
	var returns *string

	_jsii_.Invoke(
		r,
		"computeFqn",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
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

func (r *jsiiProxy_RuleGroupRuleOutputReference) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
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

func (r *jsiiProxy_RuleGroupRuleOutputReference) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
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

func (r *jsiiProxy_RuleGroupRuleOutputReference) GetListAttribute(terraformAttribute *string) *[]*string {
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

func (r *jsiiProxy_RuleGroupRuleOutputReference) GetNumberAttribute(terraformAttribute *string) *float64 {
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

func (r *jsiiProxy_RuleGroupRuleOutputReference) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
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

func (r *jsiiProxy_RuleGroupRuleOutputReference) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
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

func (r *jsiiProxy_RuleGroupRuleOutputReference) GetStringAttribute(terraformAttribute *string) *string {
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

func (r *jsiiProxy_RuleGroupRuleOutputReference) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
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

func (r *jsiiProxy_RuleGroupRuleOutputReference) InterpolationAsList() cdktf.IResolvable {
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		r,
		"interpolationAsList",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) InterpolationForAttribute(property *string) cdktf.IResolvable {
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

func (r *jsiiProxy_RuleGroupRuleOutputReference) PutData(value interface{}) {
	if err := r.validatePutDataParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		r,
		"putData",
		[]interface{}{value},
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) PutNotificationSettings(value *RuleGroupRuleNotificationSettings) {
	if err := r.validatePutNotificationSettingsParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		r,
		"putNotificationSettings",
		[]interface{}{value},
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) PutRecord(value *RuleGroupRuleRecord) {
	if err := r.validatePutRecordParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		r,
		"putRecord",
		[]interface{}{value},
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetAnnotations() {
	_jsii_.InvokeVoid(
		r,
		"resetAnnotations",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetCondition() {
	_jsii_.InvokeVoid(
		r,
		"resetCondition",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetExecErrState() {
	_jsii_.InvokeVoid(
		r,
		"resetExecErrState",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetFor() {
	_jsii_.InvokeVoid(
		r,
		"resetFor",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetIsPaused() {
	_jsii_.InvokeVoid(
		r,
		"resetIsPaused",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetKeepFiringFor() {
	_jsii_.InvokeVoid(
		r,
		"resetKeepFiringFor",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetLabels() {
	_jsii_.InvokeVoid(
		r,
		"resetLabels",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetMissingSeriesEvalsToResolve() {
	_jsii_.InvokeVoid(
		r,
		"resetMissingSeriesEvalsToResolve",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetNoDataState() {
	_jsii_.InvokeVoid(
		r,
		"resetNoDataState",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetNotificationSettings() {
	_jsii_.InvokeVoid(
		r,
		"resetNotificationSettings",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetRecord() {
	_jsii_.InvokeVoid(
		r,
		"resetRecord",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) ResetUid() {
	_jsii_.InvokeVoid(
		r,
		"resetUid",
		nil, // no parameters
	)
}

func (r *jsiiProxy_RuleGroupRuleOutputReference) Resolve(_context cdktf.IResolveContext) interface{} {
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

func (r *jsiiProxy_RuleGroupRuleOutputReference) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		r,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

