package grafanaschema

import (
	"encoding/json"
	"fmt"
	"strings"
)

// checkType compares a JSON value with a cty type from the schema and says what
// is wrong ("" when it fits). A string holding a Terraform expression ("${...}")
// fits any type: its value is only known at plan time.
func checkType(typ json.RawMessage, v any) string {
	if s, ok := v.(string); ok && strings.Contains(s, "${") {
		return ""
	}
	var name string
	if json.Unmarshal(typ, &name) == nil {
		return checkPrimitive(name, v)
	}
	var pair []json.RawMessage
	if err := json.Unmarshal(typ, &pair); err != nil || len(pair) != 2 {
		return fmt.Sprintf("has an unreadable schema type %s", typ)
	}
	var kind string
	_ = json.Unmarshal(pair[0], &kind)
	switch kind {
	case "list", "set":
		items, ok := v.([]any)
		if !ok {
			return fmt.Sprintf("must be a %s, got %s", kind, jsonKind(v))
		}
		for i, item := range items {
			if msg := checkType(pair[1], item); msg != "" {
				return fmt.Sprintf("item %d %s", i, msg)
			}
		}
	case "map":
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Sprintf("must be a map, got %s", jsonKind(v))
		}
		for _, k := range sortedKeys(m) {
			if msg := checkType(pair[1], m[k]); msg != "" {
				return fmt.Sprintf("key %q %s", k, msg)
			}
		}
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Sprintf("must be an object, got %s", jsonKind(v))
		}
		var fields map[string]json.RawMessage
		_ = json.Unmarshal(pair[1], &fields)
		for _, k := range sortedKeys(m) {
			ft, ok := fields[k]
			if !ok {
				return fmt.Sprintf("has unknown field %q", k)
			}
			if msg := checkType(ft, m[k]); msg != "" {
				return fmt.Sprintf("field %q %s", k, msg)
			}
		}
	}
	return ""
}

func checkPrimitive(name string, v any) string {
	ok := true
	switch name {
	case "string":
		_, ok = v.(string)
	case "number":
		_, ok = v.(float64)
	case "bool":
		_, ok = v.(bool)
	case "dynamic":
	}
	if !ok {
		return fmt.Sprintf("must be a %s, got %s", name, jsonKind(v))
	}
	return ""
}

func jsonKind(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "bool"
	case []any:
		return "list"
	case map[string]any:
		return "object"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}
