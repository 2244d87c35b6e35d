package contactpoint

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/jsii"

	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/contactpoint/internal"
)

type ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference interface {
	cdktf.ComplexObject
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
	// The creation stack of this resolvable which will be appended to errors thrown during resolution.
	//
	// If this returns an empty array the stack will not be attached.
	// Experimental.
	CreationStack() *[]*string
	// Experimental.
	Fqn() *string
	InternalValue() *ContactPointWebhookHttpConfigOauth2ProxyConfig
	SetInternalValue(val *ContactPointWebhookHttpConfigOauth2ProxyConfig)
	NoProxy() *string
	SetNoProxy(val *string)
	NoProxyInput() *string
	ProxyConnectHeader() *map[string]*string
	SetProxyConnectHeader(val *map[string]*string)
	ProxyConnectHeaderInput() *map[string]*string
	ProxyFromEnvironment() interface{}
	SetProxyFromEnvironment(val interface{})
	ProxyFromEnvironmentInput() interface{}
	ProxyUrl() *string
	SetProxyUrl(val *string)
	ProxyUrlInput() *string
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
	ResetNoProxy()
	ResetProxyConnectHeader()
	ResetProxyFromEnvironment()
	ResetProxyUrl()
	// Produce the Token's value at resolution time.
	// Experimental.
	Resolve(_context cdktf.IResolveContext) interface{}
	// Return a string representation of this resolvable object.
	//
	// Returns a reversible string representation.
	// Experimental.
	ToString() *string
}

// The jsii proxy struct for ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference
type jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference struct {
	internal.Type__cdktfComplexObject
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ComplexObjectIndex() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"complexObjectIndex",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ComplexObjectIsFromSet() *bool {
	var returns *bool
	_jsii_.Get(
		j,
		"complexObjectIsFromSet",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) CreationStack() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"creationStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) InternalValue() *ContactPointWebhookHttpConfigOauth2ProxyConfig {
	var returns *ContactPointWebhookHttpConfigOauth2ProxyConfig
	_jsii_.Get(
		j,
		"internalValue",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) NoProxy() *string {
	var returns *string
	_jsii_.Get(
		j,
		"noProxy",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) NoProxyInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"noProxyInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ProxyConnectHeader() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"proxyConnectHeader",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ProxyConnectHeaderInput() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"proxyConnectHeaderInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ProxyFromEnvironment() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"proxyFromEnvironment",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ProxyFromEnvironmentInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"proxyFromEnvironmentInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ProxyUrl() *string {
	var returns *string
	_jsii_.Get(
		j,
		"proxyUrl",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ProxyUrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"proxyUrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) TerraformAttribute() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformAttribute",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) TerraformResource() cdktf.IInterpolatingParent {
	var returns cdktf.IInterpolatingParent
	_jsii_.Get(
		j,
		"terraformResource",
		&returns,
	)
	return returns
}


func NewContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference {
	_init_.Initialize()

	if err := validateNewContactPointWebhookHttpConfigOauth2ProxyConfigOutputReferenceParameters(terraformResource, terraformAttribute); err != nil {
		panic(err)
	}
	j := jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference{}

	_jsii_.Create(
		"grafana.contactPoint.ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference",
		[]interface{}{terraformResource, terraformAttribute},
		&j,
	)

	return &j
}

func NewContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference_Override(c ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference, terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) {
	_init_.Initialize()

	_jsii_.Create(
		"grafana.contactPoint.ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference",
		[]interface{}{terraformResource, terraformAttribute},
		c,
	)
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference)SetComplexObjectIndex(val interface{}) {
	if err := j.validateSetComplexObjectIndexParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIndex",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference)SetComplexObjectIsFromSet(val *bool) {
	if err := j.validateSetComplexObjectIsFromSetParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIsFromSet",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference)SetInternalValue(val *ContactPointWebhookHttpConfigOauth2ProxyConfig) {
	if err := j.validateSetInternalValueParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"internalValue",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference)SetNoProxy(val *string) {
	if err := j.validateSetNoProxyParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"noProxy",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference)SetProxyConnectHeader(val *map[string]*string) {
	if err := j.validateSetProxyConnectHeaderParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"proxyConnectHeader",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference)SetProxyFromEnvironment(val interface{}) {
	if err := j.validateSetProxyFromEnvironmentParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"proxyFromEnvironment",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference)SetProxyUrl(val *string) {
	if err := j.validateSetProxyUrlParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"proxyUrl",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference)SetTerraformAttribute(val *string) {
	if err := j.validateSetTerraformAttributeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformAttribute",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference)SetTerraformResource(val cdktf.IInterpolatingParent) {
	if err := j.validateSetTerraformResourceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformResource",
		val,
	)
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ComputeFqn() *string {
	var returns *string

	_jsii_.Invoke(
		c,
		"computeFqn",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
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

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
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

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
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

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) GetListAttribute(terraformAttribute *string) *[]*string {
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

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) GetNumberAttribute(terraformAttribute *string) *float64 {
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

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
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

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
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

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) GetStringAttribute(terraformAttribute *string) *string {
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

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
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

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) InterpolationAsList() cdktf.IResolvable {
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		c,
		"interpolationAsList",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) InterpolationForAttribute(property *string) cdktf.IResolvable {
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

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ResetNoProxy() {
	_jsii_.InvokeVoid(
		c,
		"resetNoProxy",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ResetProxyConnectHeader() {
	_jsii_.InvokeVoid(
		c,
		"resetProxyConnectHeader",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ResetProxyFromEnvironment() {
	_jsii_.InvokeVoid(
		c,
		"resetProxyFromEnvironment",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ResetProxyUrl() {
	_jsii_.InvokeVoid(
		c,
		"resetProxyUrl",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) Resolve(_context cdktf.IResolveContext) interface{} {
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

func (c *jsiiProxy_ContactPointWebhookHttpConfigOauth2ProxyConfigOutputReference) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		c,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

