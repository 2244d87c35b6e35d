// Package grafanaschema checks synthesized Terraform JSON against the Grafana
// provider's published schema (testdata/grafana-provider/provider_schema.json).
// No machine of this project can install the provider, so this is the check that
// stands in for `terraform validate` on every grafana_* block.
package grafanaschema

import (
	"encoding/json"
	"fmt"
	"os"
)

// Schema is the part of `terraform providers schema -json` the checker reads.
type Schema struct {
	Provider    Block
	Resources   map[string]Block
	DataSources map[string]Block
}

// Block is an attribute set with nested block types.
type Block struct {
	Attributes map[string]Attribute   `json:"attributes"`
	BlockTypes map[string]NestedBlock `json:"block_types"`
}

// Attribute is one attribute: its cty type and whether it is required, optional or computed.
type Attribute struct {
	Type      json.RawMessage `json:"type"`
	Required  bool            `json:"required"`
	Optional  bool            `json:"optional"`
	Computed  bool            `json:"computed"`
	Sensitive bool            `json:"sensitive"`
}

// NestedBlock is a block type: how it nests (single, list, set, map) and how many it allows.
type NestedBlock struct {
	NestingMode string `json:"nesting_mode"`
	Block       Block  `json:"block"`
	MinItems    int    `json:"min_items"`
	MaxItems    int    `json:"max_items"`
}

type rawSchema struct {
	ProviderSchemas map[string]struct {
		Provider struct {
			Block Block `json:"block"`
		} `json:"provider"`
		ResourceSchemas map[string]struct {
			Block Block `json:"block"`
		} `json:"resource_schemas"`
		DataSourceSchemas map[string]struct {
			Block Block `json:"block"`
		} `json:"data_source_schemas"`
	} `json:"provider_schemas"`
}

// Load reads a provider schema file holding exactly one provider.
func Load(path string) (*Schema, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw rawSchema
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(raw.ProviderSchemas) != 1 {
		return nil, fmt.Errorf("%s: want the schema of one provider, found %d", path, len(raw.ProviderSchemas))
	}
	s := &Schema{Resources: map[string]Block{}, DataSources: map[string]Block{}}
	for _, p := range raw.ProviderSchemas {
		s.Provider = p.Provider.Block
		for name, r := range p.ResourceSchemas {
			s.Resources[name] = r.Block
		}
		for name, d := range p.DataSourceSchemas {
			s.DataSources[name] = d.Block
		}
	}
	return s, nil
}

// settable reports whether configuration may set the attribute (computed-only ones are read-only).
func (a Attribute) settable() bool { return a.Required || a.Optional }

// Sensitive lists the block's attributes the provider marks sensitive, nested
// blocks included, as dotted paths: what Terraform would keep in state and in
// saved plans (hidden from output, but there).
func (b Block) Sensitive() []string {
	var out []string
	for _, name := range sortedKeys(b.Attributes) {
		if b.Attributes[name].Sensitive {
			out = append(out, name)
		}
	}
	for _, name := range sortedKeys(b.BlockTypes) {
		for _, p := range b.BlockTypes[name].Block.Sensitive() {
			out = append(out, name+"."+p)
		}
	}
	return out
}
