package datasource

import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

type DataSourceConfig struct {
	// Experimental.
	Connection interface{} `field:"optional" json:"connection" yaml:"connection"`
	// Experimental.
	Count interface{} `field:"optional" json:"count" yaml:"count"`
	// Experimental.
	DependsOn *[]cdktf.ITerraformDependable `field:"optional" json:"dependsOn" yaml:"dependsOn"`
	// Experimental.
	ForEach cdktf.ITerraformIterator `field:"optional" json:"forEach" yaml:"forEach"`
	// Experimental.
	Lifecycle *cdktf.TerraformResourceLifecycle `field:"optional" json:"lifecycle" yaml:"lifecycle"`
	// Experimental.
	Provider cdktf.TerraformProvider `field:"optional" json:"provider" yaml:"provider"`
	// Experimental.
	Provisioners *[]interface{} `field:"optional" json:"provisioners" yaml:"provisioners"`
	// A unique name for the data source.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#name DataSource#name}
	Name *string `field:"required" json:"name" yaml:"name"`
	// The data source type. Must be one of the supported data source keywords.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#type DataSource#type}
	Type *string `field:"required" json:"type" yaml:"type"`
	// The method by which Grafana will access the data source: `proxy` or `direct`. Defaults to `proxy`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#access_mode DataSource#access_mode}
	AccessMode *string `field:"optional" json:"accessMode" yaml:"accessMode"`
	// Whether to enable basic auth for the data source. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#basic_auth_enabled DataSource#basic_auth_enabled}
	BasicAuthEnabled interface{} `field:"optional" json:"basicAuthEnabled" yaml:"basicAuthEnabled"`
	// Basic auth username. Defaults to ``.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#basic_auth_username DataSource#basic_auth_username}
	BasicAuthUsername *string `field:"optional" json:"basicAuthUsername" yaml:"basicAuthUsername"`
	// (Required by some data source types) The name of the database to use on the selected data source server.
	//
	// Defaults to ``.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#database_name DataSource#database_name}
	DatabaseName *string `field:"optional" json:"databaseName" yaml:"databaseName"`
	// Custom HTTP headers.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#http_headers DataSource#http_headers}
	HttpHeaders *map[string]*string `field:"optional" json:"httpHeaders" yaml:"httpHeaders"`
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#id DataSource#id}.
	//
	// Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
	// If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
	Id *string `field:"optional" json:"id" yaml:"id"`
	// Whether to set the data source as default.
	//
	// This should only be `true` to a single data source. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#is_default DataSource#is_default}
	IsDefault interface{} `field:"optional" json:"isDefault" yaml:"isDefault"`
	// Serialized JSON string containing the json data.
	//
	// This attribute can be used to pass configuration options to the data source. To figure out what options a datasource has available, see its docs or inspect the network data when saving it from the Grafana UI. Note that keys in this map are usually camelCased.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#json_data_encoded DataSource#json_data_encoded}
	JsonDataEncoded *string `field:"optional" json:"jsonDataEncoded" yaml:"jsonDataEncoded"`
	// The Organization ID. If not set, the Org ID defined in the provider block will be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#org_id DataSource#org_id}
	OrgId *string `field:"optional" json:"orgId" yaml:"orgId"`
	// (Can only be used with data sources in Grafana Cloud) The ID of the Private Data source Connect network to use with this data source.
	//
	// Defaults to ``.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#private_data_source_connect_network_id DataSource#private_data_source_connect_network_id}
	PrivateDataSourceConnectNetworkId *string `field:"optional" json:"privateDataSourceConnectNetworkId" yaml:"privateDataSourceConnectNetworkId"`
	// Serialized JSON string containing the secure json data.
	//
	// This attribute can be used to pass secure configuration options to the data source. To figure out what options a datasource has available, see its docs or inspect the network data when saving it from the Grafana UI. Note that keys in this map are usually camelCased.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#secure_json_data_encoded DataSource#secure_json_data_encoded}
	SecureJsonDataEncoded *string `field:"optional" json:"secureJsonDataEncoded" yaml:"secureJsonDataEncoded"`
	// Unique identifier. If unset, this will be automatically generated.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#uid DataSource#uid}
	Uid *string `field:"optional" json:"uid" yaml:"uid"`
	// The URL for the data source. The type of URL required varies depending on the chosen data source type.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#url DataSource#url}
	Url *string `field:"optional" json:"url" yaml:"url"`
	// (Required by some data source types) The username to use to authenticate to the data source. Defaults to ``.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/data_source#username DataSource#username}
	Username *string `field:"optional" json:"username" yaml:"username"`
}

