package provider


type GrafanaProviderConfig struct {
	// Alias name.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#alias GrafanaProvider#alias}
	Alias *string `field:"optional" json:"alias" yaml:"alias"`
	// API token, basic auth in the `username:password` format or `anonymous` (string literal).
	//
	// May alternatively be set via the `GRAFANA_AUTH` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#auth GrafanaProvider#auth}
	Auth *string `field:"optional" json:"auth" yaml:"auth"`
	// Certificate CA bundle (file path or literal value) to use to verify the Grafana server's certificate.
	//
	// May alternatively be set via the `GRAFANA_CA_CERT` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#ca_cert GrafanaProvider#ca_cert}
	CaCert *string `field:"optional" json:"caCert" yaml:"caCert"`
	// Access Policy Token for Grafana Cloud. May alternatively be set via the `GRAFANA_CLOUD_ACCESS_POLICY_TOKEN` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#cloud_access_policy_token GrafanaProvider#cloud_access_policy_token}
	CloudAccessPolicyToken *string `field:"optional" json:"cloudAccessPolicyToken" yaml:"cloudAccessPolicyToken"`
	// Grafana Cloud's API URL. May alternatively be set via the `GRAFANA_CLOUD_API_URL` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#cloud_api_url GrafanaProvider#cloud_api_url}
	CloudApiUrl *string `field:"optional" json:"cloudApiUrl" yaml:"cloudApiUrl"`
	// A Grafana Cloud Provider access token. May alternatively be set via the `GRAFANA_CLOUD_PROVIDER_ACCESS_TOKEN` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#cloud_provider_access_token GrafanaProvider#cloud_provider_access_token}
	CloudProviderAccessToken *string `field:"optional" json:"cloudProviderAccessToken" yaml:"cloudProviderAccessToken"`
	// A Grafana Cloud Provider backend address. May alternatively be set via the `GRAFANA_CLOUD_PROVIDER_URL` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#cloud_provider_url GrafanaProvider#cloud_provider_url}
	CloudProviderUrl *string `field:"optional" json:"cloudProviderUrl" yaml:"cloudProviderUrl"`
	// A Grafana Connections API access token. May alternatively be set via the `GRAFANA_CONNECTIONS_API_ACCESS_TOKEN` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#connections_api_access_token GrafanaProvider#connections_api_access_token}
	ConnectionsApiAccessToken *string `field:"optional" json:"connectionsApiAccessToken" yaml:"connectionsApiAccessToken"`
	// A Grafana Connections API address. May alternatively be set via the `GRAFANA_CONNECTIONS_API_URL` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#connections_api_url GrafanaProvider#connections_api_url}
	ConnectionsApiUrl *string `field:"optional" json:"connectionsApiUrl" yaml:"connectionsApiUrl"`
	// A Grafana Fleet Management basic auth in the `username:password` format. May alternatively be set via the `GRAFANA_FLEET_MANAGEMENT_AUTH` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#fleet_management_auth GrafanaProvider#fleet_management_auth}
	FleetManagementAuth *string `field:"optional" json:"fleetManagementAuth" yaml:"fleetManagementAuth"`
	// A Grafana Fleet Management API address. May alternatively be set via the `GRAFANA_FLEET_MANAGEMENT_URL` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#fleet_management_url GrafanaProvider#fleet_management_url}
	FleetManagementUrl *string `field:"optional" json:"fleetManagementUrl" yaml:"fleetManagementUrl"`
	// A Grafana Frontend Observability API access token. May alternatively be set via the `GRAFANA_FRONTEND_O11Y_API_ACCESS_TOKEN` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#frontend_o11y_api_access_token GrafanaProvider#frontend_o11y_api_access_token}
	FrontendO11YApiAccessToken *string `field:"optional" json:"frontendO11YApiAccessToken" yaml:"frontendO11YApiAccessToken"`
	// The Grafana Frontend Observability API URL.
	//
	// This is optional, and should only be set to override the default API. May alternatively be set via the `GRAFANA_FRONTEND_O11Y_API_URL` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#frontend_o11y_api_url GrafanaProvider#frontend_o11y_api_url}
	FrontendO11YApiUrl *string `field:"optional" json:"frontendO11YApiUrl" yaml:"frontendO11YApiUrl"`
	// Optional.
	//
	// HTTP headers mapping keys to values used for accessing the Grafana and Grafana Cloud APIs. May alternatively be set via the `GRAFANA_HTTP_HEADERS` environment variable in JSON format.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#http_headers GrafanaProvider#http_headers}
	HttpHeaders *map[string]*string `field:"optional" json:"httpHeaders" yaml:"httpHeaders"`
	// Skip TLS certificate verification. May alternatively be set via the `GRAFANA_INSECURE_SKIP_VERIFY` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#insecure_skip_verify GrafanaProvider#insecure_skip_verify}
	InsecureSkipVerify interface{} `field:"optional" json:"insecureSkipVerify" yaml:"insecureSkipVerify"`
	// The k6 Cloud API token. May alternatively be set via the `GRAFANA_K6_ACCESS_TOKEN` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#k6_access_token GrafanaProvider#k6_access_token}
	K6AccessToken *string `field:"optional" json:"k6AccessToken" yaml:"k6AccessToken"`
	// The k6 Cloud API url. May alternatively be set via the `GRAFANA_K6_URL` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#k6_url GrafanaProvider#k6_url}
	K6Url *string `field:"optional" json:"k6Url" yaml:"k6Url"`
	// A Grafana OnCall access token.
	//
	// May alternatively be set via the `GRAFANA_ONCALL_ACCESS_TOKEN` environment variable. This is only required when using a dedicated OnCall API token. When using Grafana Cloud, OnCall can be accessed through the `auth` and `url` provider attributes instead.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#oncall_access_token GrafanaProvider#oncall_access_token}
	OncallAccessToken *string `field:"optional" json:"oncallAccessToken" yaml:"oncallAccessToken"`
	// A Grafana OnCall backend address.
	//
	// May alternatively be set via the `GRAFANA_ONCALL_URL` environment variable. This is only required when using Grafana OnCall OSS. In Grafana Cloud, the OnCall URL is automatically inferred from the Grafana instance URL.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#oncall_url GrafanaProvider#oncall_url}
	OncallUrl *string `field:"optional" json:"oncallUrl" yaml:"oncallUrl"`
	// The Grafana org ID, if you are using a self-hosted OSS or enterprise Grafana instance.
	//
	// May alternatively be set via the `GRAFANA_ORG_ID` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#org_id GrafanaProvider#org_id}
	OrgId *float64 `field:"optional" json:"orgId" yaml:"orgId"`
	// The amount of retries to use for Grafana API and Grafana Cloud API calls.
	//
	// May alternatively be set via the `GRAFANA_RETRIES` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#retries GrafanaProvider#retries}
	Retries *float64 `field:"optional" json:"retries" yaml:"retries"`
	// The status codes to retry on for Grafana API and Grafana Cloud API calls.
	//
	// Use `x` as a digit wildcard. Defaults to 429 and 5xx. May alternatively be set via the `GRAFANA_RETRY_STATUS_CODES` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#retry_status_codes GrafanaProvider#retry_status_codes}
	RetryStatusCodes *[]*string `field:"optional" json:"retryStatusCodes" yaml:"retryStatusCodes"`
	// The amount of time in seconds to wait between retries for Grafana API and Grafana Cloud API calls.
	//
	// May alternatively be set via the `GRAFANA_RETRY_WAIT` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#retry_wait GrafanaProvider#retry_wait}
	RetryWait *float64 `field:"optional" json:"retryWait" yaml:"retryWait"`
	// A Synthetic Monitoring access token. May alternatively be set via the `GRAFANA_SM_ACCESS_TOKEN` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#sm_access_token GrafanaProvider#sm_access_token}
	SmAccessToken *string `field:"optional" json:"smAccessToken" yaml:"smAccessToken"`
	// Synthetic monitoring backend address.
	//
	// May alternatively be set via the `GRAFANA_SM_URL` environment variable. The correct value for each service region is cited in the [Synthetic Monitoring documentation](https://grafana.com/docs/grafana-cloud/testing/synthetic-monitoring/set-up/set-up-private-probes/#probe-api-server-url). Note the `sm_url` value is optional, but it must correspond with the value specified as the `region_slug` in the `grafana_cloud_stack` resource. Also note that when a Terraform configuration contains multiple provider instances managing SM resources associated with the same Grafana stack, specifying an explicit `sm_url` set to the same value for each provider ensures all providers interact with the same SM API.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#sm_url GrafanaProvider#sm_url}
	SmUrl *string `field:"optional" json:"smUrl" yaml:"smUrl"`
	// The Grafana stack ID, if you are using a Grafana Cloud stack.
	//
	// May alternatively be set via the `GRAFANA_STACK_ID` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#stack_id GrafanaProvider#stack_id}
	StackId *float64 `field:"optional" json:"stackId" yaml:"stackId"`
	// Set to true if you want to save only the sha256sum instead of complete dashboard model JSON in the tfstate.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#store_dashboard_sha256 GrafanaProvider#store_dashboard_sha256}
	StoreDashboardSha256 interface{} `field:"optional" json:"storeDashboardSha256" yaml:"storeDashboardSha256"`
	// Client TLS certificate (file path or literal value) to use to authenticate to the Grafana server.
	//
	// May alternatively be set via the `GRAFANA_TLS_CERT` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#tls_cert GrafanaProvider#tls_cert}
	TlsCert *string `field:"optional" json:"tlsCert" yaml:"tlsCert"`
	// Client TLS key (file path or literal value) to use to authenticate to the Grafana server.
	//
	// May alternatively be set via the `GRAFANA_TLS_KEY` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#tls_key GrafanaProvider#tls_key}
	TlsKey *string `field:"optional" json:"tlsKey" yaml:"tlsKey"`
	// The root URL of a Grafana server. May alternatively be set via the `GRAFANA_URL` environment variable.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs#url GrafanaProvider#url}
	Url *string `field:"optional" json:"url" yaml:"url"`
}

