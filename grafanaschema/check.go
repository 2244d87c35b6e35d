package grafanaschema

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// prefix is the type prefix of the provider's resources and data sources.
const prefix = "grafana_"

// metaArguments are Terraform's own keys on any resource, plus cdktf's "//" metadata.
var metaArguments = map[string]bool{
	"//": true, "count": true, "for_each": true, "depends_on": true, "provider": true,
	"lifecycle": true, "provisioner": true, "connection": true,
}

// Check validates every grafana_* resource, data source and the grafana provider
// block in a synthesized cdk.tf.json. Each error names the block's construct path
// (from cdktf's metadata), its address and the attribute.
func (s *Schema) Check(tfJSON []byte) []error {
	var doc struct {
		Resource map[string]map[string]map[string]any `json:"resource"`
		Data     map[string]map[string]map[string]any `json:"data"`
		Provider map[string][]map[string]any          `json:"provider"`
	}
	if err := json.Unmarshal(tfJSON, &doc); err != nil {
		return []error{fmt.Errorf("cdk.tf.json: %w", err)}
	}
	var errs []error
	check := func(kind string, schemas map[string]Block, blocks map[string]map[string]map[string]any) {
		for _, typ := range sortedKeys(blocks) {
			if !strings.HasPrefix(typ, prefix) {
				continue
			}
			schema, ok := schemas[typ]
			for _, name := range sortedKeys(blocks[typ]) {
				body := blocks[typ][name]
				where := location(kind, typ, name, body)
				if !ok {
					errs = append(errs, fmt.Errorf("%s: %s type %q is not in the grafana provider schema", where, kind, typ))
					continue
				}
				errs = append(errs, checkBlock(where, "", schema, body)...)
			}
		}
	}
	check("resource", s.Resources, doc.Resource)
	check("data source", s.DataSources, doc.Data)
	for i, p := range doc.Provider["grafana"] {
		where := fmt.Sprintf("provider.grafana[%d]", i)
		if alias, ok := p["alias"].(string); ok {
			where = "provider.grafana." + alias
		}
		delete(p, "alias")
		errs = append(errs, checkBlock(where, "", s.Provider, p)...)
	}
	return errs
}

// location names a block by its construct path when cdktf recorded one.
func location(kind, typ, name string, body map[string]any) string {
	addr := typ + "." + name
	if kind == "data source" {
		addr = "data." + addr
	}
	if meta, ok := body["//"].(map[string]any); ok {
		if m, ok := meta["metadata"].(map[string]any); ok {
			if path, ok := m["path"].(string); ok {
				return path + " (" + addr + ")"
			}
		}
	}
	return addr
}

func checkBlock(where, path string, schema Block, body map[string]any) []error {
	var errs []error
	bad := func(attr, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s %s", where, quoteAttr(path, attr), fmt.Sprintf(format, args...)))
	}
	for _, key := range sortedKeys(body) {
		if path == "" && metaArguments[key] {
			continue
		}
		v := body[key]
		if attr, ok := schema.Attributes[key]; ok {
			if !attr.settable() {
				bad(key, "is computed by the provider and cannot be set")
				continue
			}
			if msg := checkType(attr.Type, v); msg != "" {
				bad(key, "%s", msg)
			}
			continue
		}
		if nested, ok := schema.BlockTypes[key]; ok {
			errs = append(errs, checkNested(where, join(path, key), nested, v)...)
			continue
		}
		bad(key, "is not an attribute or block of this type; known: %s", strings.Join(known(schema), ", "))
	}
	for _, name := range sortedKeys(schema.Attributes) {
		if schema.Attributes[name].Required {
			if _, ok := body[name]; !ok {
				bad(name, "is required but missing")
			}
		}
	}
	for _, name := range sortedKeys(schema.BlockTypes) {
		if nb := schema.BlockTypes[name]; nb.MinItems > 0 {
			if _, ok := body[name]; !ok {
				bad(name, "is a required block (at least %d) but missing", nb.MinItems)
			}
		}
	}
	return errs
}

// checkNested accepts a block as one object or a list of objects (both are valid
// Terraform JSON), checks the count against min and max, and recurses.
func checkNested(where, path string, nb NestedBlock, v any) []error {
	var items []map[string]any
	switch x := v.(type) {
	case map[string]any:
		if nb.NestingMode == "map" {
			for _, k := range sortedKeys(x) {
				obj, ok := x[k].(map[string]any)
				if !ok {
					return []error{fmt.Errorf("%s: block %q entry %q must be an object", where, path, k)}
				}
				items = append(items, obj)
			}
		} else {
			items = []map[string]any{x}
		}
	case []any:
		if nb.NestingMode == "single" || nb.NestingMode == "group" {
			return []error{fmt.Errorf("%s: block %q takes one object, not a list", where, path)}
		}
		for i, e := range x {
			obj, ok := e.(map[string]any)
			if !ok {
				return []error{fmt.Errorf("%s: block %q item %d must be an object, got %s", where, path, i, jsonKind(e))}
			}
			items = append(items, obj)
		}
	default:
		return []error{fmt.Errorf("%s: block %q must be an object or a list of objects, got %s", where, path, jsonKind(v))}
	}
	var errs []error
	if nb.MinItems > 0 && len(items) < nb.MinItems {
		errs = append(errs, fmt.Errorf("%s: block %q needs at least %d, has %d", where, path, nb.MinItems, len(items)))
	}
	if nb.MaxItems > 0 && len(items) > nb.MaxItems {
		errs = append(errs, fmt.Errorf("%s: block %q allows at most %d, has %d", where, path, nb.MaxItems, len(items)))
	}
	for i, obj := range items {
		errs = append(errs, checkBlock(where, fmt.Sprintf("%s[%d]", path, i), nb.Block, obj)...)
	}
	return errs
}

func quoteAttr(path, attr string) string {
	return fmt.Sprintf("attribute %q", join(path, attr))
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func known(b Block) []string {
	var out []string
	for k, a := range b.Attributes {
		if a.settable() {
			out = append(out, k)
		}
	}
	for k := range b.BlockTypes {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
