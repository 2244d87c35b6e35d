// Package grafana declares Grafana's content as resources of the grafana/grafana
// Terraform provider. The provider cannot be installed here, so there are no
// generated bindings: each resource is described as a plain Go Resource (type,
// id, attribute map) by functions that unit tests read directly, and Declare
// turns one into a cdktf.TerraformResource through escape hatches.
package grafana
