package contactpoint

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/jsii"

	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/contactpoint/internal"
)

type ContactPointSlackOutputReference interface {
	cdktf.ComplexObject
	Color() *string
	SetColor(val *string)
	ColorInput() *string
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
	EndpointUrl() *string
	SetEndpointUrl(val *string)
	EndpointUrlInput() *string
	// Experimental.
	Fqn() *string
	IconEmoji() *string
	SetIconEmoji(val *string)
	IconEmojiInput() *string
	IconUrl() *string
	SetIconUrl(val *string)
	IconUrlInput() *string
	InternalValue() interface{}
	SetInternalValue(val interface{})
	MentionChannel() *string
	SetMentionChannel(val *string)
	MentionChannelInput() *string
	MentionGroups() *string
	SetMentionGroups(val *string)
	MentionGroupsInput() *string
	MentionUsers() *string
	SetMentionUsers(val *string)
	MentionUsersInput() *string
	Recipient() *string
	SetRecipient(val *string)
	RecipientInput() *string
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
	Text() *string
	SetText(val *string)
	TextInput() *string
	Title() *string
	SetTitle(val *string)
	TitleInput() *string
	Token() *string
	SetToken(val *string)
	TokenInput() *string
	Uid() *string
	Url() *string
	SetUrl(val *string)
	UrlInput() *string
	Username() *string
	SetUsername(val *string)
	UsernameInput() *string
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
	ResetColor()
	ResetDisableResolveMessage()
	ResetEndpointUrl()
	ResetIconEmoji()
	ResetIconUrl()
	ResetMentionChannel()
	ResetMentionGroups()
	ResetMentionUsers()
	ResetRecipient()
	ResetSettings()
	ResetText()
	ResetTitle()
	ResetToken()
	ResetUrl()
	ResetUsername()
	// Produce the Token's value at resolution time.
	// Experimental.
	Resolve(_context cdktf.IResolveContext) interface{}
	// Return a string representation of this resolvable object.
	//
	// Returns a reversible string representation.
	// Experimental.
	ToString() *string
}

// The jsii proxy struct for ContactPointSlackOutputReference
type jsiiProxy_ContactPointSlackOutputReference struct {
	internal.Type__cdktfComplexObject
}

func (j *jsiiProxy_ContactPointSlackOutputReference) Color() *string {
	var returns *string
	_jsii_.Get(
		j,
		"color",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) ColorInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"colorInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) ComplexObjectIndex() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"complexObjectIndex",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) ComplexObjectIsFromSet() *bool {
	var returns *bool
	_jsii_.Get(
		j,
		"complexObjectIsFromSet",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) CreationStack() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"creationStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) DisableResolveMessage() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"disableResolveMessage",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) DisableResolveMessageInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"disableResolveMessageInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) EndpointUrl() *string {
	var returns *string
	_jsii_.Get(
		j,
		"endpointUrl",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) EndpointUrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"endpointUrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) IconEmoji() *string {
	var returns *string
	_jsii_.Get(
		j,
		"iconEmoji",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) IconEmojiInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"iconEmojiInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) IconUrl() *string {
	var returns *string
	_jsii_.Get(
		j,
		"iconUrl",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) IconUrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"iconUrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) InternalValue() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"internalValue",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) MentionChannel() *string {
	var returns *string
	_jsii_.Get(
		j,
		"mentionChannel",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) MentionChannelInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"mentionChannelInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) MentionGroups() *string {
	var returns *string
	_jsii_.Get(
		j,
		"mentionGroups",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) MentionGroupsInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"mentionGroupsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) MentionUsers() *string {
	var returns *string
	_jsii_.Get(
		j,
		"mentionUsers",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) MentionUsersInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"mentionUsersInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) Recipient() *string {
	var returns *string
	_jsii_.Get(
		j,
		"recipient",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) RecipientInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"recipientInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) Settings() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"settings",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) SettingsInput() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"settingsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) TerraformAttribute() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformAttribute",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) TerraformResource() cdktf.IInterpolatingParent {
	var returns cdktf.IInterpolatingParent
	_jsii_.Get(
		j,
		"terraformResource",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) Text() *string {
	var returns *string
	_jsii_.Get(
		j,
		"text",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) TextInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"textInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) Title() *string {
	var returns *string
	_jsii_.Get(
		j,
		"title",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) TitleInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"titleInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) Token() *string {
	var returns *string
	_jsii_.Get(
		j,
		"token",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) TokenInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"tokenInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) Uid() *string {
	var returns *string
	_jsii_.Get(
		j,
		"uid",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) Url() *string {
	var returns *string
	_jsii_.Get(
		j,
		"url",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) UrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"urlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) Username() *string {
	var returns *string
	_jsii_.Get(
		j,
		"username",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointSlackOutputReference) UsernameInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"usernameInput",
		&returns,
	)
	return returns
}


func NewContactPointSlackOutputReference(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) ContactPointSlackOutputReference {
	_init_.Initialize()

	if err := validateNewContactPointSlackOutputReferenceParameters(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet); err != nil {
		panic(err)
	}
	j := jsiiProxy_ContactPointSlackOutputReference{}

	_jsii_.Create(
		"grafana.contactPoint.ContactPointSlackOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		&j,
	)

	return &j
}

func NewContactPointSlackOutputReference_Override(c ContactPointSlackOutputReference, terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) {
	_init_.Initialize()

	_jsii_.Create(
		"grafana.contactPoint.ContactPointSlackOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		c,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetColor(val *string) {
	if err := j.validateSetColorParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"color",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetComplexObjectIndex(val interface{}) {
	if err := j.validateSetComplexObjectIndexParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIndex",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetComplexObjectIsFromSet(val *bool) {
	if err := j.validateSetComplexObjectIsFromSetParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIsFromSet",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetDisableResolveMessage(val interface{}) {
	if err := j.validateSetDisableResolveMessageParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"disableResolveMessage",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetEndpointUrl(val *string) {
	if err := j.validateSetEndpointUrlParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"endpointUrl",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetIconEmoji(val *string) {
	if err := j.validateSetIconEmojiParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"iconEmoji",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetIconUrl(val *string) {
	if err := j.validateSetIconUrlParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"iconUrl",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetInternalValue(val interface{}) {
	if err := j.validateSetInternalValueParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"internalValue",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetMentionChannel(val *string) {
	if err := j.validateSetMentionChannelParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"mentionChannel",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetMentionGroups(val *string) {
	if err := j.validateSetMentionGroupsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"mentionGroups",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetMentionUsers(val *string) {
	if err := j.validateSetMentionUsersParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"mentionUsers",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetRecipient(val *string) {
	if err := j.validateSetRecipientParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"recipient",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetSettings(val *map[string]*string) {
	if err := j.validateSetSettingsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"settings",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetTerraformAttribute(val *string) {
	if err := j.validateSetTerraformAttributeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformAttribute",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetTerraformResource(val cdktf.IInterpolatingParent) {
	if err := j.validateSetTerraformResourceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformResource",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetText(val *string) {
	if err := j.validateSetTextParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"text",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetTitle(val *string) {
	if err := j.validateSetTitleParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"title",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetToken(val *string) {
	if err := j.validateSetTokenParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"token",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetUrl(val *string) {
	if err := j.validateSetUrlParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"url",
		val,
	)
}

func (j *jsiiProxy_ContactPointSlackOutputReference)SetUsername(val *string) {
	if err := j.validateSetUsernameParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"username",
		val,
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ComputeFqn() *string {
	var returns *string

	_jsii_.Invoke(
		c,
		"computeFqn",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointSlackOutputReference) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
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

func (c *jsiiProxy_ContactPointSlackOutputReference) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
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

func (c *jsiiProxy_ContactPointSlackOutputReference) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
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

func (c *jsiiProxy_ContactPointSlackOutputReference) GetListAttribute(terraformAttribute *string) *[]*string {
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

func (c *jsiiProxy_ContactPointSlackOutputReference) GetNumberAttribute(terraformAttribute *string) *float64 {
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

func (c *jsiiProxy_ContactPointSlackOutputReference) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
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

func (c *jsiiProxy_ContactPointSlackOutputReference) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
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

func (c *jsiiProxy_ContactPointSlackOutputReference) GetStringAttribute(terraformAttribute *string) *string {
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

func (c *jsiiProxy_ContactPointSlackOutputReference) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
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

func (c *jsiiProxy_ContactPointSlackOutputReference) InterpolationAsList() cdktf.IResolvable {
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		c,
		"interpolationAsList",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointSlackOutputReference) InterpolationForAttribute(property *string) cdktf.IResolvable {
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

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetColor() {
	_jsii_.InvokeVoid(
		c,
		"resetColor",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetDisableResolveMessage() {
	_jsii_.InvokeVoid(
		c,
		"resetDisableResolveMessage",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetEndpointUrl() {
	_jsii_.InvokeVoid(
		c,
		"resetEndpointUrl",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetIconEmoji() {
	_jsii_.InvokeVoid(
		c,
		"resetIconEmoji",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetIconUrl() {
	_jsii_.InvokeVoid(
		c,
		"resetIconUrl",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetMentionChannel() {
	_jsii_.InvokeVoid(
		c,
		"resetMentionChannel",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetMentionGroups() {
	_jsii_.InvokeVoid(
		c,
		"resetMentionGroups",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetMentionUsers() {
	_jsii_.InvokeVoid(
		c,
		"resetMentionUsers",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetRecipient() {
	_jsii_.InvokeVoid(
		c,
		"resetRecipient",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetSettings() {
	_jsii_.InvokeVoid(
		c,
		"resetSettings",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetText() {
	_jsii_.InvokeVoid(
		c,
		"resetText",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetTitle() {
	_jsii_.InvokeVoid(
		c,
		"resetTitle",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetToken() {
	_jsii_.InvokeVoid(
		c,
		"resetToken",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetUrl() {
	_jsii_.InvokeVoid(
		c,
		"resetUrl",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) ResetUsername() {
	_jsii_.InvokeVoid(
		c,
		"resetUsername",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointSlackOutputReference) Resolve(_context cdktf.IResolveContext) interface{} {
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

func (c *jsiiProxy_ContactPointSlackOutputReference) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		c,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

