package contactpoint

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/jsii"

	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/contactpoint/internal"
)

type ContactPointWebhookOutputReference interface {
	cdktf.ComplexObject
	AuthorizationCredentials() *string
	SetAuthorizationCredentials(val *string)
	AuthorizationCredentialsInput() *string
	AuthorizationScheme() *string
	SetAuthorizationScheme(val *string)
	AuthorizationSchemeInput() *string
	BasicAuthPassword() *string
	SetBasicAuthPassword(val *string)
	BasicAuthPasswordInput() *string
	BasicAuthUser() *string
	SetBasicAuthUser(val *string)
	BasicAuthUserInput() *string
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
	DisableResolveMessage() interface{}
	SetDisableResolveMessage(val interface{})
	DisableResolveMessageInput() interface{}
	// Experimental.
	Fqn() *string
	Headers() *map[string]*string
	SetHeaders(val *map[string]*string)
	HeadersInput() *map[string]*string
	HmacConfig() ContactPointWebhookHmacConfigOutputReference
	HmacConfigInput() *ContactPointWebhookHmacConfig
	HttpConfig() ContactPointWebhookHttpConfigOutputReference
	HttpConfigInput() *ContactPointWebhookHttpConfig
	HttpMethod() *string
	SetHttpMethod(val *string)
	HttpMethodInput() *string
	InternalValue() interface{}
	SetInternalValue(val interface{})
	MaxAlerts() *float64
	SetMaxAlerts(val *float64)
	MaxAlertsInput() *float64
	Message() *string
	SetMessage(val *string)
	MessageInput() *string
	Payload() ContactPointWebhookPayloadOutputReference
	PayloadInput() *ContactPointWebhookPayload
	Settings() *map[string]*string
	SetSettings(val *map[string]*string)
	SettingsInput() *map[string]*string
	// Experimental.
	TerraformAttribute() *string
	// Experimental.
	SetTerraformAttribute(val *string)
	// Experimental.
	TerraformResource() cdktf.IInterpolatingParent
	// Experimental.
	SetTerraformResource(val cdktf.IInterpolatingParent)
	Title() *string
	SetTitle(val *string)
	TitleInput() *string
	TlsConfig() *map[string]*string
	SetTlsConfig(val *map[string]*string)
	TlsConfigInput() *map[string]*string
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
	PutHmacConfig(value *ContactPointWebhookHmacConfig)
	PutHttpConfig(value *ContactPointWebhookHttpConfig)
	PutPayload(value *ContactPointWebhookPayload)
	ResetAuthorizationCredentials()
	ResetAuthorizationScheme()
	ResetBasicAuthPassword()
	ResetBasicAuthUser()
	ResetDisableResolveMessage()
	ResetHeaders()
	ResetHmacConfig()
	ResetHttpConfig()
	ResetHttpMethod()
	ResetMaxAlerts()
	ResetMessage()
	ResetPayload()
	ResetSettings()
	ResetTitle()
	ResetTlsConfig()
	// Produce the Token's value at resolution time.
	// Experimental.
	Resolve(_context cdktf.IResolveContext) interface{}
	// Return a string representation of this resolvable object.
	//
	// Returns a reversible string representation.
	// Experimental.
	ToString() *string
}

// The jsii proxy struct for ContactPointWebhookOutputReference
type jsiiProxy_ContactPointWebhookOutputReference struct {
	internal.Type__cdktfComplexObject
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) AuthorizationCredentials() *string {
	var returns *string
	_jsii_.Get(
		j,
		"authorizationCredentials",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) AuthorizationCredentialsInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"authorizationCredentialsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) AuthorizationScheme() *string {
	var returns *string
	_jsii_.Get(
		j,
		"authorizationScheme",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) AuthorizationSchemeInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"authorizationSchemeInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) BasicAuthPassword() *string {
	var returns *string
	_jsii_.Get(
		j,
		"basicAuthPassword",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) BasicAuthPasswordInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"basicAuthPasswordInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) BasicAuthUser() *string {
	var returns *string
	_jsii_.Get(
		j,
		"basicAuthUser",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) BasicAuthUserInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"basicAuthUserInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) ComplexObjectIndex() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"complexObjectIndex",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) ComplexObjectIsFromSet() *bool {
	var returns *bool
	_jsii_.Get(
		j,
		"complexObjectIsFromSet",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) CreationStack() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"creationStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) DisableResolveMessage() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"disableResolveMessage",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) DisableResolveMessageInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"disableResolveMessageInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) Headers() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"headers",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) HeadersInput() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"headersInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) HmacConfig() ContactPointWebhookHmacConfigOutputReference {
	var returns ContactPointWebhookHmacConfigOutputReference
	_jsii_.Get(
		j,
		"hmacConfig",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) HmacConfigInput() *ContactPointWebhookHmacConfig {
	var returns *ContactPointWebhookHmacConfig
	_jsii_.Get(
		j,
		"hmacConfigInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) HttpConfig() ContactPointWebhookHttpConfigOutputReference {
	var returns ContactPointWebhookHttpConfigOutputReference
	_jsii_.Get(
		j,
		"httpConfig",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) HttpConfigInput() *ContactPointWebhookHttpConfig {
	var returns *ContactPointWebhookHttpConfig
	_jsii_.Get(
		j,
		"httpConfigInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) HttpMethod() *string {
	var returns *string
	_jsii_.Get(
		j,
		"httpMethod",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) HttpMethodInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"httpMethodInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) InternalValue() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"internalValue",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) MaxAlerts() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"maxAlerts",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) MaxAlertsInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"maxAlertsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) Message() *string {
	var returns *string
	_jsii_.Get(
		j,
		"message",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) MessageInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"messageInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) Payload() ContactPointWebhookPayloadOutputReference {
	var returns ContactPointWebhookPayloadOutputReference
	_jsii_.Get(
		j,
		"payload",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) PayloadInput() *ContactPointWebhookPayload {
	var returns *ContactPointWebhookPayload
	_jsii_.Get(
		j,
		"payloadInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) Settings() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"settings",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) SettingsInput() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"settingsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) TerraformAttribute() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformAttribute",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) TerraformResource() cdktf.IInterpolatingParent {
	var returns cdktf.IInterpolatingParent
	_jsii_.Get(
		j,
		"terraformResource",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) Title() *string {
	var returns *string
	_jsii_.Get(
		j,
		"title",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) TitleInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"titleInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) TlsConfig() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"tlsConfig",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) TlsConfigInput() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"tlsConfigInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) Uid() *string {
	var returns *string
	_jsii_.Get(
		j,
		"uid",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) Url() *string {
	var returns *string
	_jsii_.Get(
		j,
		"url",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointWebhookOutputReference) UrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"urlInput",
		&returns,
	)
	return returns
}


func NewContactPointWebhookOutputReference(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) ContactPointWebhookOutputReference {
	_init_.Initialize()

	if err := validateNewContactPointWebhookOutputReferenceParameters(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet); err != nil {
		panic(err)
	}
	j := jsiiProxy_ContactPointWebhookOutputReference{}

	_jsii_.Create(
		"grafana.contactPoint.ContactPointWebhookOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		&j,
	)

	return &j
}

func NewContactPointWebhookOutputReference_Override(c ContactPointWebhookOutputReference, terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) {
	_init_.Initialize()

	_jsii_.Create(
		"grafana.contactPoint.ContactPointWebhookOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		c,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetAuthorizationCredentials(val *string) {
	if err := j.validateSetAuthorizationCredentialsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"authorizationCredentials",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetAuthorizationScheme(val *string) {
	if err := j.validateSetAuthorizationSchemeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"authorizationScheme",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetBasicAuthPassword(val *string) {
	if err := j.validateSetBasicAuthPasswordParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"basicAuthPassword",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetBasicAuthUser(val *string) {
	if err := j.validateSetBasicAuthUserParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"basicAuthUser",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetComplexObjectIndex(val interface{}) {
	if err := j.validateSetComplexObjectIndexParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIndex",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetComplexObjectIsFromSet(val *bool) {
	if err := j.validateSetComplexObjectIsFromSetParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIsFromSet",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetDisableResolveMessage(val interface{}) {
	if err := j.validateSetDisableResolveMessageParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"disableResolveMessage",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetHeaders(val *map[string]*string) {
	if err := j.validateSetHeadersParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"headers",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetHttpMethod(val *string) {
	if err := j.validateSetHttpMethodParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"httpMethod",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetInternalValue(val interface{}) {
	if err := j.validateSetInternalValueParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"internalValue",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetMaxAlerts(val *float64) {
	if err := j.validateSetMaxAlertsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"maxAlerts",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetMessage(val *string) {
	if err := j.validateSetMessageParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"message",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetSettings(val *map[string]*string) {
	if err := j.validateSetSettingsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"settings",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetTerraformAttribute(val *string) {
	if err := j.validateSetTerraformAttributeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformAttribute",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetTerraformResource(val cdktf.IInterpolatingParent) {
	if err := j.validateSetTerraformResourceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformResource",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetTitle(val *string) {
	if err := j.validateSetTitleParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"title",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetTlsConfig(val *map[string]*string) {
	if err := j.validateSetTlsConfigParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"tlsConfig",
		val,
	)
}

func (j *jsiiProxy_ContactPointWebhookOutputReference)SetUrl(val *string) {
	if err := j.validateSetUrlParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"url",
		val,
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ComputeFqn() *string {
	var returns *string

	_jsii_.Invoke(
		c,
		"computeFqn",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
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

func (c *jsiiProxy_ContactPointWebhookOutputReference) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
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

func (c *jsiiProxy_ContactPointWebhookOutputReference) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
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

func (c *jsiiProxy_ContactPointWebhookOutputReference) GetListAttribute(terraformAttribute *string) *[]*string {
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

func (c *jsiiProxy_ContactPointWebhookOutputReference) GetNumberAttribute(terraformAttribute *string) *float64 {
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

func (c *jsiiProxy_ContactPointWebhookOutputReference) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
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

func (c *jsiiProxy_ContactPointWebhookOutputReference) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
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

func (c *jsiiProxy_ContactPointWebhookOutputReference) GetStringAttribute(terraformAttribute *string) *string {
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

func (c *jsiiProxy_ContactPointWebhookOutputReference) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
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

func (c *jsiiProxy_ContactPointWebhookOutputReference) InterpolationAsList() cdktf.IResolvable {
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		c,
		"interpolationAsList",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) InterpolationForAttribute(property *string) cdktf.IResolvable {
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

func (c *jsiiProxy_ContactPointWebhookOutputReference) PutHmacConfig(value *ContactPointWebhookHmacConfig) {
	if err := c.validatePutHmacConfigParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putHmacConfig",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) PutHttpConfig(value *ContactPointWebhookHttpConfig) {
	if err := c.validatePutHttpConfigParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putHttpConfig",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) PutPayload(value *ContactPointWebhookPayload) {
	if err := c.validatePutPayloadParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putPayload",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetAuthorizationCredentials() {
	_jsii_.InvokeVoid(
		c,
		"resetAuthorizationCredentials",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetAuthorizationScheme() {
	_jsii_.InvokeVoid(
		c,
		"resetAuthorizationScheme",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetBasicAuthPassword() {
	_jsii_.InvokeVoid(
		c,
		"resetBasicAuthPassword",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetBasicAuthUser() {
	_jsii_.InvokeVoid(
		c,
		"resetBasicAuthUser",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetDisableResolveMessage() {
	_jsii_.InvokeVoid(
		c,
		"resetDisableResolveMessage",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetHeaders() {
	_jsii_.InvokeVoid(
		c,
		"resetHeaders",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetHmacConfig() {
	_jsii_.InvokeVoid(
		c,
		"resetHmacConfig",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetHttpConfig() {
	_jsii_.InvokeVoid(
		c,
		"resetHttpConfig",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetHttpMethod() {
	_jsii_.InvokeVoid(
		c,
		"resetHttpMethod",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetMaxAlerts() {
	_jsii_.InvokeVoid(
		c,
		"resetMaxAlerts",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetMessage() {
	_jsii_.InvokeVoid(
		c,
		"resetMessage",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetPayload() {
	_jsii_.InvokeVoid(
		c,
		"resetPayload",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetSettings() {
	_jsii_.InvokeVoid(
		c,
		"resetSettings",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetTitle() {
	_jsii_.InvokeVoid(
		c,
		"resetTitle",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) ResetTlsConfig() {
	_jsii_.InvokeVoid(
		c,
		"resetTlsConfig",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointWebhookOutputReference) Resolve(_context cdktf.IResolveContext) interface{} {
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

func (c *jsiiProxy_ContactPointWebhookOutputReference) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		c,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

