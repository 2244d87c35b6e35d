// Package grafana declares Grafana's content as resources of the grafana/grafana
// Terraform provider, through typed bindings generated from the provider's published
// schema (generated/grafana; make grafana-bindings). Each function returns a Decl: the
// construct id and the binding's typed configuration, which unit tests read directly
// and the stack passes to the binding's New function. The provider itself cannot be
// installed here, so the schema check (grafanaschema) stays as the second line.
package grafana
