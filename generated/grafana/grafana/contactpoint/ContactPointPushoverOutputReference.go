package contactpoint

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/jsii"

	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/contactpoint/internal"
)

type ContactPointPushoverOutputReference interface {
	cdktf.ComplexObject
	ApiToken() *string
	SetApiToken(val *string)
	ApiTokenInput() *string
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
	Device() *string
	SetDevice(val *string)
	DeviceInput() *string
	DisableResolveMessage() interface{}
	SetDisableResolveMessage(val interface{})
	DisableResolveMessageInput() interface{}
	Expire() *float64
	SetExpire(val *float64)
	ExpireInput() *float64
	// Experimental.
	Fqn() *string
	InternalValue() interface{}
	SetInternalValue(val interface{})
	Message() *string
	SetMessage(val *string)
	MessageInput() *string
	OkPriority() *float64
	SetOkPriority(val *float64)
	OkPriorityInput() *float64
	OkSound() *string
	SetOkSound(val *string)
	OkSoundInput() *string
	Priority() *float64
	SetPriority(val *float64)
	PriorityInput() *float64
	Retry() *float64
	SetRetry(val *float64)
	RetryInput() *float64
	Settings() *map[string]*string
	SetSettings(val *map[string]*string)
	SettingsInput() *map[string]*string
	Sound() *string
	SetSound(val *string)
	SoundInput() *string
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
	Uid() *string
	UploadImage() interface{}
	SetUploadImage(val interface{})
	UploadImageInput() interface{}
	UserKey() *string
	SetUserKey(val *string)
	UserKeyInput() *string
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
	ResetDevice()
	ResetDisableResolveMessage()
	ResetExpire()
	ResetMessage()
	ResetOkPriority()
	ResetOkSound()
	ResetPriority()
	ResetRetry()
	ResetSettings()
	ResetSound()
	ResetTitle()
	ResetUploadImage()
	// Produce the Token's value at resolution time.
	// Experimental.
	Resolve(_context cdktf.IResolveContext) interface{}
	// Return a string representation of this resolvable object.
	//
	// Returns a reversible string representation.
	// Experimental.
	ToString() *string
}

// The jsii proxy struct for ContactPointPushoverOutputReference
type jsiiProxy_ContactPointPushoverOutputReference struct {
	internal.Type__cdktfComplexObject
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) ApiToken() *string {
	var returns *string
	_jsii_.Get(
		j,
		"apiToken",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) ApiTokenInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"apiTokenInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) ComplexObjectIndex() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"complexObjectIndex",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) ComplexObjectIsFromSet() *bool {
	var returns *bool
	_jsii_.Get(
		j,
		"complexObjectIsFromSet",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) CreationStack() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"creationStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) Device() *string {
	var returns *string
	_jsii_.Get(
		j,
		"device",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) DeviceInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"deviceInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) DisableResolveMessage() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"disableResolveMessage",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) DisableResolveMessageInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"disableResolveMessageInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) Expire() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"expire",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) ExpireInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"expireInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) InternalValue() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"internalValue",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) Message() *string {
	var returns *string
	_jsii_.Get(
		j,
		"message",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) MessageInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"messageInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) OkPriority() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"okPriority",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) OkPriorityInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"okPriorityInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) OkSound() *string {
	var returns *string
	_jsii_.Get(
		j,
		"okSound",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) OkSoundInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"okSoundInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) Priority() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"priority",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) PriorityInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"priorityInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) Retry() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"retry",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) RetryInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"retryInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) Settings() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"settings",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) SettingsInput() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"settingsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) Sound() *string {
	var returns *string
	_jsii_.Get(
		j,
		"sound",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) SoundInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"soundInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) TerraformAttribute() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformAttribute",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) TerraformResource() cdktf.IInterpolatingParent {
	var returns cdktf.IInterpolatingParent
	_jsii_.Get(
		j,
		"terraformResource",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) Title() *string {
	var returns *string
	_jsii_.Get(
		j,
		"title",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) TitleInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"titleInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) Uid() *string {
	var returns *string
	_jsii_.Get(
		j,
		"uid",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) UploadImage() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"uploadImage",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) UploadImageInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"uploadImageInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) UserKey() *string {
	var returns *string
	_jsii_.Get(
		j,
		"userKey",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPointPushoverOutputReference) UserKeyInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"userKeyInput",
		&returns,
	)
	return returns
}


func NewContactPointPushoverOutputReference(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) ContactPointPushoverOutputReference {
	_init_.Initialize()

	if err := validateNewContactPointPushoverOutputReferenceParameters(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet); err != nil {
		panic(err)
	}
	j := jsiiProxy_ContactPointPushoverOutputReference{}

	_jsii_.Create(
		"grafana.contactPoint.ContactPointPushoverOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		&j,
	)

	return &j
}

func NewContactPointPushoverOutputReference_Override(c ContactPointPushoverOutputReference, terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) {
	_init_.Initialize()

	_jsii_.Create(
		"grafana.contactPoint.ContactPointPushoverOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		c,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetApiToken(val *string) {
	if err := j.validateSetApiTokenParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"apiToken",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetComplexObjectIndex(val interface{}) {
	if err := j.validateSetComplexObjectIndexParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIndex",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetComplexObjectIsFromSet(val *bool) {
	if err := j.validateSetComplexObjectIsFromSetParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIsFromSet",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetDevice(val *string) {
	if err := j.validateSetDeviceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"device",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetDisableResolveMessage(val interface{}) {
	if err := j.validateSetDisableResolveMessageParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"disableResolveMessage",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetExpire(val *float64) {
	if err := j.validateSetExpireParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"expire",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetInternalValue(val interface{}) {
	if err := j.validateSetInternalValueParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"internalValue",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetMessage(val *string) {
	if err := j.validateSetMessageParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"message",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetOkPriority(val *float64) {
	if err := j.validateSetOkPriorityParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"okPriority",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetOkSound(val *string) {
	if err := j.validateSetOkSoundParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"okSound",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetPriority(val *float64) {
	if err := j.validateSetPriorityParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"priority",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetRetry(val *float64) {
	if err := j.validateSetRetryParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"retry",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetSettings(val *map[string]*string) {
	if err := j.validateSetSettingsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"settings",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetSound(val *string) {
	if err := j.validateSetSoundParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"sound",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetTerraformAttribute(val *string) {
	if err := j.validateSetTerraformAttributeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformAttribute",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetTerraformResource(val cdktf.IInterpolatingParent) {
	if err := j.validateSetTerraformResourceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformResource",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetTitle(val *string) {
	if err := j.validateSetTitleParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"title",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetUploadImage(val interface{}) {
	if err := j.validateSetUploadImageParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"uploadImage",
		val,
	)
}

func (j *jsiiProxy_ContactPointPushoverOutputReference)SetUserKey(val *string) {
	if err := j.validateSetUserKeyParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"userKey",
		val,
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ComputeFqn() *string {
	var returns *string

	_jsii_.Invoke(
		c,
		"computeFqn",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
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

func (c *jsiiProxy_ContactPointPushoverOutputReference) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
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

func (c *jsiiProxy_ContactPointPushoverOutputReference) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
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

func (c *jsiiProxy_ContactPointPushoverOutputReference) GetListAttribute(terraformAttribute *string) *[]*string {
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

func (c *jsiiProxy_ContactPointPushoverOutputReference) GetNumberAttribute(terraformAttribute *string) *float64 {
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

func (c *jsiiProxy_ContactPointPushoverOutputReference) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
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

func (c *jsiiProxy_ContactPointPushoverOutputReference) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
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

func (c *jsiiProxy_ContactPointPushoverOutputReference) GetStringAttribute(terraformAttribute *string) *string {
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

func (c *jsiiProxy_ContactPointPushoverOutputReference) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
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

func (c *jsiiProxy_ContactPointPushoverOutputReference) InterpolationAsList() cdktf.IResolvable {
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		c,
		"interpolationAsList",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) InterpolationForAttribute(property *string) cdktf.IResolvable {
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

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetDevice() {
	_jsii_.InvokeVoid(
		c,
		"resetDevice",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetDisableResolveMessage() {
	_jsii_.InvokeVoid(
		c,
		"resetDisableResolveMessage",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetExpire() {
	_jsii_.InvokeVoid(
		c,
		"resetExpire",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetMessage() {
	_jsii_.InvokeVoid(
		c,
		"resetMessage",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetOkPriority() {
	_jsii_.InvokeVoid(
		c,
		"resetOkPriority",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetOkSound() {
	_jsii_.InvokeVoid(
		c,
		"resetOkSound",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetPriority() {
	_jsii_.InvokeVoid(
		c,
		"resetPriority",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetRetry() {
	_jsii_.InvokeVoid(
		c,
		"resetRetry",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetSettings() {
	_jsii_.InvokeVoid(
		c,
		"resetSettings",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetSound() {
	_jsii_.InvokeVoid(
		c,
		"resetSound",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetTitle() {
	_jsii_.InvokeVoid(
		c,
		"resetTitle",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) ResetUploadImage() {
	_jsii_.InvokeVoid(
		c,
		"resetUploadImage",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPointPushoverOutputReference) Resolve(_context cdktf.IResolveContext) interface{} {
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

func (c *jsiiProxy_ContactPointPushoverOutputReference) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		c,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

