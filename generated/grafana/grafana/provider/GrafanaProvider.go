package provider

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/jsii"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/provider/internal"
)

// Represents a {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs grafana}.
type GrafanaProvider interface {
	cdktf.TerraformProvider
	Alias() *string
	SetAlias(val *string)
	AliasInput() *string
	Auth() *string
	SetAuth(val *string)
	AuthInput() *string
	CaCert() *string
	SetCaCert(val *string)
	CaCertInput() *string
	// Experimental.
	CdktfStack() cdktf.TerraformStack
	CloudAccessPolicyToken() *string
	SetCloudAccessPolicyToken(val *string)
	CloudAccessPolicyTokenInput() *string
	CloudApiUrl() *string
	SetCloudApiUrl(val *string)
	CloudApiUrlInput() *string
	CloudProviderAccessToken() *string
	SetCloudProviderAccessToken(val *string)
	CloudProviderAccessTokenInput() *string
	CloudProviderUrl() *string
	SetCloudProviderUrl(val *string)
	CloudProviderUrlInput() *string
	ConnectionsApiAccessToken() *string
	SetConnectionsApiAccessToken(val *string)
	ConnectionsApiAccessTokenInput() *string
	ConnectionsApiUrl() *string
	SetConnectionsApiUrl(val *string)
	ConnectionsApiUrlInput() *string
	// Experimental.
	ConstructNodeMetadata() *map[string]interface{}
	FleetManagementAuth() *string
	SetFleetManagementAuth(val *string)
	FleetManagementAuthInput() *string
	FleetManagementUrl() *string
	SetFleetManagementUrl(val *string)
	FleetManagementUrlInput() *string
	// Experimental.
	Fqn() *string
	// Experimental.
	FriendlyUniqueId() *string
	FrontendO11YApiAccessToken() *string
	SetFrontendO11YApiAccessToken(val *string)
	FrontendO11YApiAccessTokenInput() *string
	FrontendO11YApiUrl() *string
	SetFrontendO11YApiUrl(val *string)
	FrontendO11YApiUrlInput() *string
	HttpHeaders() *map[string]*string
	SetHttpHeaders(val *map[string]*string)
	HttpHeadersInput() *map[string]*string
	InsecureSkipVerify() interface{}
	SetInsecureSkipVerify(val interface{})
	InsecureSkipVerifyInput() interface{}
	K6AccessToken() *string
	SetK6AccessToken(val *string)
	K6AccessTokenInput() *string
	K6Url() *string
	SetK6Url(val *string)
	K6UrlInput() *string
	// Experimental.
	MetaAttributes() *map[string]interface{}
	// The tree node.
	Node() constructs.Node
	OncallAccessToken() *string
	SetOncallAccessToken(val *string)
	OncallAccessTokenInput() *string
	OncallUrl() *string
	SetOncallUrl(val *string)
	OncallUrlInput() *string
	OrgId() *float64
	SetOrgId(val *float64)
	OrgIdInput() *float64
	// Experimental.
	RawOverrides() interface{}
	Retries() *float64
	SetRetries(val *float64)
	RetriesInput() *float64
	RetryStatusCodes() *[]*string
	SetRetryStatusCodes(val *[]*string)
	RetryStatusCodesInput() *[]*string
	RetryWait() *float64
	SetRetryWait(val *float64)
	RetryWaitInput() *float64
	SmAccessToken() *string
	SetSmAccessToken(val *string)
	SmAccessTokenInput() *string
	SmUrl() *string
	SetSmUrl(val *string)
	SmUrlInput() *string
	StackId() *float64
	SetStackId(val *float64)
	StackIdInput() *float64
	StoreDashboardSha256() interface{}
	SetStoreDashboardSha256(val interface{})
	StoreDashboardSha256Input() interface{}
	// Experimental.
	TerraformGeneratorMetadata() *cdktf.TerraformProviderGeneratorMetadata
	// Experimental.
	TerraformProviderSource() *string
	// Experimental.
	TerraformResourceType() *string
	TlsCert() *string
	SetTlsCert(val *string)
	TlsCertInput() *string
	TlsKey() *string
	SetTlsKey(val *string)
	TlsKeyInput() *string
	Url() *string
	SetUrl(val *string)
	UrlInput() *string
	// Experimental.
	AddOverride(path *string, value interface{})
	// Overrides the auto-generated logical ID with a specific ID.
	// Experimental.
	OverrideLogicalId(newLogicalId *string)
	ResetAlias()
	ResetAuth()
	ResetCaCert()
	ResetCloudAccessPolicyToken()
	ResetCloudApiUrl()
	ResetCloudProviderAccessToken()
	ResetCloudProviderUrl()
	ResetConnectionsApiAccessToken()
	ResetConnectionsApiUrl()
	ResetFleetManagementAuth()
	ResetFleetManagementUrl()
	ResetFrontendO11YApiAccessToken()
	ResetFrontendO11YApiUrl()
	ResetHttpHeaders()
	ResetInsecureSkipVerify()
	ResetK6AccessToken()
	ResetK6Url()
	ResetOncallAccessToken()
	ResetOncallUrl()
	ResetOrgId()
	// Resets a previously passed logical Id to use the auto-generated logical id again.
	// Experimental.
	ResetOverrideLogicalId()
	ResetRetries()
	ResetRetryStatusCodes()
	ResetRetryWait()
	ResetSmAccessToken()
	ResetSmUrl()
	ResetStackId()
	ResetStoreDashboardSha256()
	ResetTlsCert()
	ResetTlsKey()
	ResetUrl()
	SynthesizeAttributes() *map[string]interface{}
	SynthesizeHclAttributes() *map[string]interface{}
	// Experimental.
	ToHclTerraform() interface{}
	// Experimental.
	ToMetadata() interface{}
	// Returns a string representation of this construct.
	ToString() *string
	// Adds this resource to the terraform JSON output.
	// Experimental.
	ToTerraform() interface{}
}

// The jsii proxy struct for GrafanaProvider
type jsiiProxy_GrafanaProvider struct {
	internal.Type__cdktfTerraformProvider
}

func (j *jsiiProxy_GrafanaProvider) Alias() *string {
	var returns *string
	_jsii_.Get(
		j,
		"alias",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) AliasInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"aliasInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) Auth() *string {
	var returns *string
	_jsii_.Get(
		j,
		"auth",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) AuthInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"authInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) CaCert() *string {
	var returns *string
	_jsii_.Get(
		j,
		"caCert",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) CaCertInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"caCertInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) CdktfStack() cdktf.TerraformStack {
	var returns cdktf.TerraformStack
	_jsii_.Get(
		j,
		"cdktfStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) CloudAccessPolicyToken() *string {
	var returns *string
	_jsii_.Get(
		j,
		"cloudAccessPolicyToken",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) CloudAccessPolicyTokenInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"cloudAccessPolicyTokenInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) CloudApiUrl() *string {
	var returns *string
	_jsii_.Get(
		j,
		"cloudApiUrl",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) CloudApiUrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"cloudApiUrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) CloudProviderAccessToken() *string {
	var returns *string
	_jsii_.Get(
		j,
		"cloudProviderAccessToken",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) CloudProviderAccessTokenInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"cloudProviderAccessTokenInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) CloudProviderUrl() *string {
	var returns *string
	_jsii_.Get(
		j,
		"cloudProviderUrl",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) CloudProviderUrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"cloudProviderUrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) ConnectionsApiAccessToken() *string {
	var returns *string
	_jsii_.Get(
		j,
		"connectionsApiAccessToken",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) ConnectionsApiAccessTokenInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"connectionsApiAccessTokenInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) ConnectionsApiUrl() *string {
	var returns *string
	_jsii_.Get(
		j,
		"connectionsApiUrl",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) ConnectionsApiUrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"connectionsApiUrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) ConstructNodeMetadata() *map[string]interface{} {
	var returns *map[string]interface{}
	_jsii_.Get(
		j,
		"constructNodeMetadata",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) FleetManagementAuth() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fleetManagementAuth",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) FleetManagementAuthInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fleetManagementAuthInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) FleetManagementUrl() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fleetManagementUrl",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) FleetManagementUrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fleetManagementUrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) FriendlyUniqueId() *string {
	var returns *string
	_jsii_.Get(
		j,
		"friendlyUniqueId",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) FrontendO11YApiAccessToken() *string {
	var returns *string
	_jsii_.Get(
		j,
		"frontendO11YApiAccessToken",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) FrontendO11YApiAccessTokenInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"frontendO11YApiAccessTokenInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) FrontendO11YApiUrl() *string {
	var returns *string
	_jsii_.Get(
		j,
		"frontendO11YApiUrl",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) FrontendO11YApiUrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"frontendO11YApiUrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) HttpHeaders() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"httpHeaders",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) HttpHeadersInput() *map[string]*string {
	var returns *map[string]*string
	_jsii_.Get(
		j,
		"httpHeadersInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) InsecureSkipVerify() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"insecureSkipVerify",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) InsecureSkipVerifyInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"insecureSkipVerifyInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) K6AccessToken() *string {
	var returns *string
	_jsii_.Get(
		j,
		"k6AccessToken",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) K6AccessTokenInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"k6AccessTokenInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) K6Url() *string {
	var returns *string
	_jsii_.Get(
		j,
		"k6Url",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) K6UrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"k6UrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) MetaAttributes() *map[string]interface{} {
	var returns *map[string]interface{}
	_jsii_.Get(
		j,
		"metaAttributes",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) Node() constructs.Node {
	var returns constructs.Node
	_jsii_.Get(
		j,
		"node",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) OncallAccessToken() *string {
	var returns *string
	_jsii_.Get(
		j,
		"oncallAccessToken",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) OncallAccessTokenInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"oncallAccessTokenInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) OncallUrl() *string {
	var returns *string
	_jsii_.Get(
		j,
		"oncallUrl",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) OncallUrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"oncallUrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) OrgId() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"orgId",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) OrgIdInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"orgIdInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) RawOverrides() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"rawOverrides",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) Retries() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"retries",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) RetriesInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"retriesInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) RetryStatusCodes() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"retryStatusCodes",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) RetryStatusCodesInput() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"retryStatusCodesInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) RetryWait() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"retryWait",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) RetryWaitInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"retryWaitInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) SmAccessToken() *string {
	var returns *string
	_jsii_.Get(
		j,
		"smAccessToken",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) SmAccessTokenInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"smAccessTokenInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) SmUrl() *string {
	var returns *string
	_jsii_.Get(
		j,
		"smUrl",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) SmUrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"smUrlInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) StackId() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"stackId",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) StackIdInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"stackIdInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) StoreDashboardSha256() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"storeDashboardSha256",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) StoreDashboardSha256Input() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"storeDashboardSha256Input",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) TerraformGeneratorMetadata() *cdktf.TerraformProviderGeneratorMetadata {
	var returns *cdktf.TerraformProviderGeneratorMetadata
	_jsii_.Get(
		j,
		"terraformGeneratorMetadata",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) TerraformProviderSource() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformProviderSource",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) TerraformResourceType() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformResourceType",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) TlsCert() *string {
	var returns *string
	_jsii_.Get(
		j,
		"tlsCert",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) TlsCertInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"tlsCertInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) TlsKey() *string {
	var returns *string
	_jsii_.Get(
		j,
		"tlsKey",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) TlsKeyInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"tlsKeyInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) Url() *string {
	var returns *string
	_jsii_.Get(
		j,
		"url",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_GrafanaProvider) UrlInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"urlInput",
		&returns,
	)
	return returns
}


// Create a new {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs grafana} Resource.
func NewGrafanaProvider(scope constructs.Construct, id *string, config *GrafanaProviderConfig) GrafanaProvider {
	_init_.Initialize()

	if err := validateNewGrafanaProviderParameters(scope, id, config); err != nil {
		panic(err)
	}
	j := jsiiProxy_GrafanaProvider{}

	_jsii_.Create(
		"grafana.provider.GrafanaProvider",
		[]interface{}{scope, id, config},
		&j,
	)

	return &j
}

// Create a new {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs grafana} Resource.
func NewGrafanaProvider_Override(g GrafanaProvider, scope constructs.Construct, id *string, config *GrafanaProviderConfig) {
	_init_.Initialize()

	_jsii_.Create(
		"grafana.provider.GrafanaProvider",
		[]interface{}{scope, id, config},
		g,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetAlias(val *string) {
	_jsii_.Set(
		j,
		"alias",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetAuth(val *string) {
	_jsii_.Set(
		j,
		"auth",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetCaCert(val *string) {
	_jsii_.Set(
		j,
		"caCert",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetCloudAccessPolicyToken(val *string) {
	_jsii_.Set(
		j,
		"cloudAccessPolicyToken",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetCloudApiUrl(val *string) {
	_jsii_.Set(
		j,
		"cloudApiUrl",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetCloudProviderAccessToken(val *string) {
	_jsii_.Set(
		j,
		"cloudProviderAccessToken",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetCloudProviderUrl(val *string) {
	_jsii_.Set(
		j,
		"cloudProviderUrl",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetConnectionsApiAccessToken(val *string) {
	_jsii_.Set(
		j,
		"connectionsApiAccessToken",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetConnectionsApiUrl(val *string) {
	_jsii_.Set(
		j,
		"connectionsApiUrl",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetFleetManagementAuth(val *string) {
	_jsii_.Set(
		j,
		"fleetManagementAuth",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetFleetManagementUrl(val *string) {
	_jsii_.Set(
		j,
		"fleetManagementUrl",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetFrontendO11YApiAccessToken(val *string) {
	_jsii_.Set(
		j,
		"frontendO11YApiAccessToken",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetFrontendO11YApiUrl(val *string) {
	_jsii_.Set(
		j,
		"frontendO11YApiUrl",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetHttpHeaders(val *map[string]*string) {
	_jsii_.Set(
		j,
		"httpHeaders",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetInsecureSkipVerify(val interface{}) {
	if err := j.validateSetInsecureSkipVerifyParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"insecureSkipVerify",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetK6AccessToken(val *string) {
	_jsii_.Set(
		j,
		"k6AccessToken",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetK6Url(val *string) {
	_jsii_.Set(
		j,
		"k6Url",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetOncallAccessToken(val *string) {
	_jsii_.Set(
		j,
		"oncallAccessToken",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetOncallUrl(val *string) {
	_jsii_.Set(
		j,
		"oncallUrl",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetOrgId(val *float64) {
	_jsii_.Set(
		j,
		"orgId",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetRetries(val *float64) {
	_jsii_.Set(
		j,
		"retries",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetRetryStatusCodes(val *[]*string) {
	_jsii_.Set(
		j,
		"retryStatusCodes",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetRetryWait(val *float64) {
	_jsii_.Set(
		j,
		"retryWait",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetSmAccessToken(val *string) {
	_jsii_.Set(
		j,
		"smAccessToken",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetSmUrl(val *string) {
	_jsii_.Set(
		j,
		"smUrl",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetStackId(val *float64) {
	_jsii_.Set(
		j,
		"stackId",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetStoreDashboardSha256(val interface{}) {
	if err := j.validateSetStoreDashboardSha256Parameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"storeDashboardSha256",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetTlsCert(val *string) {
	_jsii_.Set(
		j,
		"tlsCert",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetTlsKey(val *string) {
	_jsii_.Set(
		j,
		"tlsKey",
		val,
	)
}

func (j *jsiiProxy_GrafanaProvider)SetUrl(val *string) {
	_jsii_.Set(
		j,
		"url",
		val,
	)
}

// Generates CDKTF code for importing a GrafanaProvider resource upon running "cdktf plan <stack-name>".
func GrafanaProvider_GenerateConfigForImport(scope constructs.Construct, importToId *string, importFromId *string, provider cdktf.TerraformProvider) cdktf.ImportableResource {
	_init_.Initialize()

	if err := validateGrafanaProvider_GenerateConfigForImportParameters(scope, importToId, importFromId); err != nil {
		panic(err)
	}
	var returns cdktf.ImportableResource

	_jsii_.StaticInvoke(
		"grafana.provider.GrafanaProvider",
		"generateConfigForImport",
		[]interface{}{scope, importToId, importFromId, provider},
		&returns,
	)

	return returns
}

// Checks if `x` is a construct.
//
// Use this method instead of `instanceof` to properly detect `Construct`
// instances, even when the construct library is symlinked.
//
// Explanation: in JavaScript, multiple copies of the `constructs` library on
// disk are seen as independent, completely different libraries. As a
// consequence, the class `Construct` in each copy of the `constructs` library
// is seen as a different class, and an instance of one class will not test as
// `instanceof` the other class. `npm install` will not create installations
// like this, but users may manually symlink construct libraries together or
// use a monorepo tool: in those cases, multiple copies of the `constructs`
// library can be accidentally installed, and `instanceof` will behave
// unpredictably. It is safest to avoid using `instanceof`, and using
// this type-testing method instead.
//
// Returns: true if `x` is an object created from a class which extends `Construct`.
func GrafanaProvider_IsConstruct(x interface{}) *bool {
	_init_.Initialize()

	if err := validateGrafanaProvider_IsConstructParameters(x); err != nil {
		panic(err)
	}
	var returns *bool

	_jsii_.StaticInvoke(
		"grafana.provider.GrafanaProvider",
		"isConstruct",
		[]interface{}{x},
		&returns,
	)

	return returns
}

// Experimental.
func GrafanaProvider_IsTerraformElement(x interface{}) *bool {
	_init_.Initialize()

	if err := validateGrafanaProvider_IsTerraformElementParameters(x); err != nil {
		panic(err)
	}
	var returns *bool

	_jsii_.StaticInvoke(
		"grafana.provider.GrafanaProvider",
		"isTerraformElement",
		[]interface{}{x},
		&returns,
	)

	return returns
}

// Experimental.
func GrafanaProvider_IsTerraformProvider(x interface{}) *bool {
	_init_.Initialize()

	if err := validateGrafanaProvider_IsTerraformProviderParameters(x); err != nil {
		panic(err)
	}
	var returns *bool

	_jsii_.StaticInvoke(
		"grafana.provider.GrafanaProvider",
		"isTerraformProvider",
		[]interface{}{x},
		&returns,
	)

	return returns
}

func GrafanaProvider_TfResourceType() *string {
	_init_.Initialize()
	var returns *string
	_jsii_.StaticGet(
		"grafana.provider.GrafanaProvider",
		"tfResourceType",
		&returns,
	)
	return returns
}

func (g *jsiiProxy_GrafanaProvider) AddOverride(path *string, value interface{}) {
	if err := g.validateAddOverrideParameters(path, value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		g,
		"addOverride",
		[]interface{}{path, value},
	)
}

func (g *jsiiProxy_GrafanaProvider) OverrideLogicalId(newLogicalId *string) {
	if err := g.validateOverrideLogicalIdParameters(newLogicalId); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		g,
		"overrideLogicalId",
		[]interface{}{newLogicalId},
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetAlias() {
	_jsii_.InvokeVoid(
		g,
		"resetAlias",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetAuth() {
	_jsii_.InvokeVoid(
		g,
		"resetAuth",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetCaCert() {
	_jsii_.InvokeVoid(
		g,
		"resetCaCert",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetCloudAccessPolicyToken() {
	_jsii_.InvokeVoid(
		g,
		"resetCloudAccessPolicyToken",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetCloudApiUrl() {
	_jsii_.InvokeVoid(
		g,
		"resetCloudApiUrl",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetCloudProviderAccessToken() {
	_jsii_.InvokeVoid(
		g,
		"resetCloudProviderAccessToken",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetCloudProviderUrl() {
	_jsii_.InvokeVoid(
		g,
		"resetCloudProviderUrl",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetConnectionsApiAccessToken() {
	_jsii_.InvokeVoid(
		g,
		"resetConnectionsApiAccessToken",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetConnectionsApiUrl() {
	_jsii_.InvokeVoid(
		g,
		"resetConnectionsApiUrl",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetFleetManagementAuth() {
	_jsii_.InvokeVoid(
		g,
		"resetFleetManagementAuth",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetFleetManagementUrl() {
	_jsii_.InvokeVoid(
		g,
		"resetFleetManagementUrl",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetFrontendO11YApiAccessToken() {
	_jsii_.InvokeVoid(
		g,
		"resetFrontendO11YApiAccessToken",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetFrontendO11YApiUrl() {
	_jsii_.InvokeVoid(
		g,
		"resetFrontendO11YApiUrl",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetHttpHeaders() {
	_jsii_.InvokeVoid(
		g,
		"resetHttpHeaders",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetInsecureSkipVerify() {
	_jsii_.InvokeVoid(
		g,
		"resetInsecureSkipVerify",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetK6AccessToken() {
	_jsii_.InvokeVoid(
		g,
		"resetK6AccessToken",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetK6Url() {
	_jsii_.InvokeVoid(
		g,
		"resetK6Url",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetOncallAccessToken() {
	_jsii_.InvokeVoid(
		g,
		"resetOncallAccessToken",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetOncallUrl() {
	_jsii_.InvokeVoid(
		g,
		"resetOncallUrl",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetOrgId() {
	_jsii_.InvokeVoid(
		g,
		"resetOrgId",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetOverrideLogicalId() {
	_jsii_.InvokeVoid(
		g,
		"resetOverrideLogicalId",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetRetries() {
	_jsii_.InvokeVoid(
		g,
		"resetRetries",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetRetryStatusCodes() {
	_jsii_.InvokeVoid(
		g,
		"resetRetryStatusCodes",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetRetryWait() {
	_jsii_.InvokeVoid(
		g,
		"resetRetryWait",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetSmAccessToken() {
	_jsii_.InvokeVoid(
		g,
		"resetSmAccessToken",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetSmUrl() {
	_jsii_.InvokeVoid(
		g,
		"resetSmUrl",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetStackId() {
	_jsii_.InvokeVoid(
		g,
		"resetStackId",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetStoreDashboardSha256() {
	_jsii_.InvokeVoid(
		g,
		"resetStoreDashboardSha256",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetTlsCert() {
	_jsii_.InvokeVoid(
		g,
		"resetTlsCert",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetTlsKey() {
	_jsii_.InvokeVoid(
		g,
		"resetTlsKey",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) ResetUrl() {
	_jsii_.InvokeVoid(
		g,
		"resetUrl",
		nil, // no parameters
	)
}

func (g *jsiiProxy_GrafanaProvider) SynthesizeAttributes() *map[string]interface{} {
	var returns *map[string]interface{}

	_jsii_.Invoke(
		g,
		"synthesizeAttributes",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (g *jsiiProxy_GrafanaProvider) SynthesizeHclAttributes() *map[string]interface{} {
	var returns *map[string]interface{}

	_jsii_.Invoke(
		g,
		"synthesizeHclAttributes",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (g *jsiiProxy_GrafanaProvider) ToHclTerraform() interface{} {
	var returns interface{}

	_jsii_.Invoke(
		g,
		"toHclTerraform",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (g *jsiiProxy_GrafanaProvider) ToMetadata() interface{} {
	var returns interface{}

	_jsii_.Invoke(
		g,
		"toMetadata",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (g *jsiiProxy_GrafanaProvider) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		g,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (g *jsiiProxy_GrafanaProvider) ToTerraform() interface{} {
	var returns interface{}

	_jsii_.Invoke(
		g,
		"toTerraform",
		nil, // no parameters
		&returns,
	)

	return returns
}

