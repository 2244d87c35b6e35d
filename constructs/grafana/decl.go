package grafana

import "github.com/aws/jsii-runtime-go"

// Decl is one resource to declare: its construct id and its configuration, typed by
// the generated provider bindings (generated/grafana), so a misspelt attribute or a
// wrong type fails to compile. The stack passes Config to the binding's New function.
type Decl[C any] struct {
	ID     string
	Config *C
}

// stringMap converts labels and annotations to the bindings' map type.
func stringMap(m map[string]string) *map[string]*string {
	out := make(map[string]*string, len(m))
	for k, v := range m {
		out[k] = jsii.String(v)
	}
	return &out
}
