package grafana

import (
	"sort"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// Resource is one grafana_* resource: its type, its construct id and the
// attributes and nested blocks Terraform reads, as JSON-like Go values.
type Resource struct {
	Type, ID string
	Attrs    map[string]any
}

// Declare adds r to scope as a generic TerraformResource. Each attribute is set
// with an override, which writes it verbatim into the synthesized JSON.
func Declare(scope constructs.Construct, r Resource) cdktf.TerraformResource {
	res := cdktf.NewTerraformResource(scope, jsii.String(r.ID), &cdktf.TerraformResourceConfig{
		TerraformResourceType: jsii.String(r.Type),
	})
	keys := make([]string, 0, len(r.Attrs))
	for k := range r.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		res.AddOverride(jsii.String(k), r.Attrs[k])
	}
	return res
}

// Ref is a Terraform reference to an attribute of a declared resource.
func Ref(res cdktf.TerraformResource, attr string) string {
	return *res.GetStringAttribute(jsii.String(attr))
}
