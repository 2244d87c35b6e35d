package contactpoint

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/jsii"

	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/contactpoint/internal"
)

type ContactPointPagerdutyOutputReference interface {
	cdktf.ComplexObject
	Class() *string
	SetClass(val *string)
	ClassInput() *string
	Client() *string
	SetClient(val *string)
	ClientInput() *string
	ClientUrl() *string
	SetClientUrl(val *string)
	ClientUrlInput() *string
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
	Component() *string
	SetComponent(val *string)
	ComponentInput() *string
	// The creation stack of this resolvable which will be appended to errors thrown during resolution.
	//
	// If this returns an empty array the stack will not be attached.
	// Experimental.
	CreationStack() *[]*string
	Details() *map[string]*string
	SetDetails(val *map[string]*string)
	DetailsInput() *map[string]*string
	DisableResolveMessage() interface{}
	SetDisableResolveMessage(val interface{})
	DisableResolveMessageInput() interface{}
	// Experimental.
	Fqn() *string
	Group() *string
	SetGroup(val *string)
	GroupInput() *string
	IntegrationKey() *string
	SetIntegrationKey(val *string)
	IntegrationKeyInput() *string
	InternalValue() interface{}
	SetInternalValue(val interface{})
	Settings() *map[string]*string
	SetSettings(val *map[string]*string)
	SettingsInput() *map[string]*string
	Severity() *string
	SetSeverity(val *string)
	SeverityInput() *string
	Source() *string
	SetSource(val *string)
	SourceInput() *string
	Summary() *string
	SetSummary(val *string)
	SummaryInput() *string
	// Experimental.
	TerraformAttribute() *string
	// Experimental.
	SetTerraformAttribute(val *string)
	// Experimental.
	TerraformResource() cdktf.IInterpolatingParent
	// Experimental.
	SetTerraformResource(val cdktf.IInterpolatingParent)
	Uid() *string
	Url() *string
	SetUrl(val *string)
	UrlInput() *string
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
	ResetClass()
	ResetClient()
	ResetClientUrl()
	ResetComponent()
	ResetDetails()
	ResetDisableResolveMessage()
	ResetGroup()
	ResetSettings()
	ResetSeverity()
	ResetSource()
	ResetSummary()
	ResetUrl()
	// Produce the Token's value at resolution time.
	// Experimental.
	Resolve(_context cdktf.IResolveContext) interface{}
	// Return a string representation of this resolvable object.
	//
	// Returns a reversible string representation.
	// Experimental.
	ToString() *string
}

// The jsii proxy struct for ContactPointPagerdutyOutputReference
type jsiiProxy_ContactPointPagerdutyOutputReference struct {
	internal.Type__cdktfComplexObject
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Class() *string {
	var returns *string
	_jsii_.Get(
		j,
		"class",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) ClassInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"classInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Client() *string {
	var returns *string
	_jsii_.Get(
		j,
		"client",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) ClientInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"clientInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) ClientUrl() *string {
	var returns *string
	_jsii_.Get(
		j,
		"clientUrl",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) ClientUrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"clientUrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) ComplexObjectIndex() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"complexObjectIndex",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) ComplexObjectIsFromSet() *bool {
	var returns *bool
	_jsii_.Get(
		j,
		"complexObjectIsFromSet",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Component() *string {
	var returns *string
	_jsii_.Get(
		j,
		"component",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) ComponentInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"componentInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) CreationStack() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"creationStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Details() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"details",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) DetailsInput() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"detailsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) DisableResolveMessage() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"disableResolveMessage",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) DisableResolveMessageInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"disableResolveMessageInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Group() *string {
	var returns *string
	_jsii_.Get(
		j,
		"group",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) GroupInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"groupInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) IntegrationKey() *string {
	var returns *string
	_jsii_.Get(
		j,
		"integrationKey",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) IntegrationKeyInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"integrationKeyInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) InternalValue() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"internalValue",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Settings() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"settings",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) SettingsInput() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"settingsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Severity() *string {
	var returns *string
	_jsii_.Get(
		j,
		"severity",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) SeverityInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"severityInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Source() *string {
	var returns *string
	_jsii_.Get(
		j,
		"source",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) SourceInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"sourceInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Summary() *string {
	var returns *string
	_jsii_.Get(
		j,
		"summary",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) SummaryInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"summaryInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) TerraformAttribute() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformAttribute",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) TerraformResource() cdktf.IInterpolatingParent {
	var returns cdktf.IInterpolatingParent
	_jsii_.Get(
		j,
		"terraformResource",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Uid() *string {
	var returns *string
	_jsii_.Get(
		j,
		"uid",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) Url() *string {
	var returns *string
	_jsii_.Get(
		j,
		"url",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference) UrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"urlInput",
		&returns,
	)
	return returns
}


func NewContactPointPagerdutyOutputReference(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) ContactPointPagerdutyOutputReference {
	_init_.Initialize()

	if err := validateNewContactPointPagerdutyOutputReferenceParameters(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet); err != nil {
		panic(err)
	}
	j := jsiiProxy_ContactPointPagerdutyOutputReference{}

	_jsii_.Create(
		"grafana.contactPoint.ContactPointPagerdutyOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		&j,
	)

	return &j
}

func NewContactPointPagerdutyOutputReference_Override(c ContactPointPagerdutyOutputReference, terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) {
	_init_.Initialize()

	_jsii_.Create(
		"grafana.contactPoint.ContactPointPagerdutyOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		c,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetClass(val *string) {
	if err := j.validateSetClassParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"class",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetClient(val *string) {
	if err := j.validateSetClientParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"client",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetClientUrl(val *string) {
	if err := j.validateSetClientUrlParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"clientUrl",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetComplexObjectIndex(val interface{}) {
	if err := j.validateSetComplexObjectIndexParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIndex",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetComplexObjectIsFromSet(val *bool) {
	if err := j.validateSetComplexObjectIsFromSetParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIsFromSet",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetComponent(val *string) {
	if err := j.validateSetComponentParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"component",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetDetails(val *map[string]*string) {
	if err := j.validateSetDetailsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"details",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetDisableResolveMessage(val interface{}) {
	if err := j.validateSetDisableResolveMessageParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"disableResolveMessage",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetGroup(val *string) {
	if err := j.validateSetGroupParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"group",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetIntegrationKey(val *string) {
	if err := j.validateSetIntegrationKeyParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"integrationKey",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetInternalValue(val interface{}) {
	if err := j.validateSetInternalValueParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"internalValue",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetSettings(val *map[string]*string) {
	if err := j.validateSetSettingsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"settings",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetSeverity(val *string) {
	if err := j.validateSetSeverityParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"severity",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetSource(val *string) {
	if err := j.validateSetSourceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"source",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetSummary(val *string) {
	if err := j.validateSetSummaryParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"summary",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetTerraformAttribute(val *string) {
	if err := j.validateSetTerraformAttributeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformAttribute",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetTerraformResource(val cdktf.IInterpolatingParent) {
	if err := j.validateSetTerraformResourceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformResource",
		val,
	)
}

func (j *jsiiProxy_ContactPointPagerdutyOutputReference)SetUrl(val *string) {
	if err := j.validateSetUrlParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"url",
		val,
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ComputeFqn() *string {
	var returns *string

	_jsii_.Invoke(
		c,
		"computeFqn",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
	if err := c.validateGetAnyMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]interface{}

	_jsii_.Invoke(
		c,
		"getAnyMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
	if err := c.validateGetBooleanAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		c,
		"getBooleanAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
	if err := c.validateGetBooleanMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*bool

	_jsii_.Invoke(
		c,
		"getBooleanMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) GetListAttribute(terraformAttribute *string) *[]*string {
	if err := c.validateGetListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*string

	_jsii_.Invoke(
		c,
		"getListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) GetNumberAttribute(terraformAttribute *string) *float64 {
	if err := c.validateGetNumberAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *float64

	_jsii_.Invoke(
		c,
		"getNumberAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
	if err := c.validateGetNumberListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*float64

	_jsii_.Invoke(
		c,
		"getNumberListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
	if err := c.validateGetNumberMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*float64

	_jsii_.Invoke(
		c,
		"getNumberMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) GetStringAttribute(terraformAttribute *string) *string {
	if err := c.validateGetStringAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *string

	_jsii_.Invoke(
		c,
		"getStringAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
	if err := c.validateGetStringMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*string

	_jsii_.Invoke(
		c,
		"getStringMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) InterpolationAsList() cdktf.IResolvable {
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		c,
		"interpolationAsList",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) InterpolationForAttribute(property *string) cdktf.IResolvable {
	if err := c.validateInterpolationForAttributeParameters(property); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		c,
		"interpolationForAttribute",
		[]interface{}{property},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetClass() {
	_jsii_.InvokeVoid(
		c,
		"resetClass",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetClient() {
	_jsii_.InvokeVoid(
		c,
		"resetClient",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetClientUrl() {
	_jsii_.InvokeVoid(
		c,
		"resetClientUrl",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetComponent() {
	_jsii_.InvokeVoid(
		c,
		"resetComponent",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetDetails() {
	_jsii_.InvokeVoid(
		c,
		"resetDetails",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetDisableResolveMessage() {
	_jsii_.InvokeVoid(
		c,
		"resetDisableResolveMessage",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetGroup() {
	_jsii_.InvokeVoid(
		c,
		"resetGroup",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetSettings() {
	_jsii_.InvokeVoid(
		c,
		"resetSettings",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetSeverity() {
	_jsii_.InvokeVoid(
		c,
		"resetSeverity",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetSource() {
	_jsii_.InvokeVoid(
		c,
		"resetSource",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetSummary() {
	_jsii_.InvokeVoid(
		c,
		"resetSummary",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ResetUrl() {
	_jsii_.InvokeVoid(
		c,
		"resetUrl",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) Resolve(_context cdktf.IResolveContext) interface{} {
	if err := c.validateResolveParameters(_context); err != nil {
		panic(err)
	}
	var returns interface{}

	_jsii_.Invoke(
		c,
		"resolve",
		[]interface{}{_context},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPagerdutyOutputReference) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		c,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

