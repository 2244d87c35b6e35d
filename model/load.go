package model

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// EnvironmentNames are the environments the app synthesizes stacks for.
var EnvironmentNames = []string{"local", "staging", "production"}

// LoadEnvironment reads and validates dir/<name>.yaml. Unknown fields, wrong types and
// invalid values all fail here, before any synth, with the file and field named, and
// so do receivers shared with production (receiversApart).
func LoadEnvironment(dir, name string) (Environment, error) {
	env, err := loadOne(dir, name)
	if err != nil {
		return env, err
	}
	if err := receiversApart(dir, env); err != nil {
		return Environment{}, err
	}
	return env, nil
}

// loadOne reads and validates one environment file on its own.
func loadOne(dir, name string) (Environment, error) {
	path := filepath.Join(dir, name+".yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		return Environment{}, fmt.Errorf("environment %q: %w; create %s or choose one of %s",
			name, err, path, strings.Join(EnvironmentNames, ", "))
	}
	env, err := ParseEnvironment(path, data)
	// The app names each environment's stacks after the file it loads.
	if err == nil && env.Name != name && contains(EnvironmentNames, name) {
		return Environment{}, fmt.Errorf("%s: name: %q differs from the file's name; set name: %s", path, env.Name, name)
	}
	return env, err
}

// ParseEnvironment decodes one environment file strictly and validates it.
func ParseEnvironment(path string, data []byte) (Environment, error) {
	var env Environment
	if err := wholePorts(data); err != nil {
		return Environment{}, fmt.Errorf("%s: %w", path, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&env); err != nil {
		return Environment{}, fmt.Errorf("%s: %s", path, explainYAML(err))
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return Environment{}, fmt.Errorf("%s: line %d: a second YAML document; an environment file holds one (remove the --- and what follows)", path, extra.Line)
	}
	if err := env.Validate(); err != nil {
		return Environment{}, fmt.Errorf("%s: %w", path, err)
	}
	return env, nil
}

var unknownField = regexp.MustCompile(`line (\d+): field (\S+) not found in type model\.(\w+)`)

// explainYAML turns yaml.v3's type-oriented messages into ones that name the field
// and list what is allowed.
func explainYAML(err error) string {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return err.Error()
	}
	var lines []string
	for _, msg := range te.Errors {
		if m := unknownField.FindStringSubmatch(msg); m != nil {
			lines = append(lines, fmt.Sprintf("line %s: unknown field %q; allowed here: %s",
				m[1], m[2], strings.Join(yamlFields(m[3]), ", ")))
			continue
		}
		lines = append(lines, msg)
	}
	return strings.Join(lines, "; ")
}

// yamlFields lists the yaml names of a model struct, for "allowed here" hints.
func yamlFields(typeName string) []string {
	var sample any
	switch typeName {
	case "Environment":
		sample = Environment{}
	case "Networks":
		sample = Networks{}
	case "Traefik":
		sample = Traefik{}
	case "GrafanaAPI":
		sample = GrafanaAPI{}
	case "Email":
		sample = Email{}
	case "Slack":
		sample = Slack{}
	case "State":
		sample = State{}
	default:
		return nil
	}
	names := fieldNames(sample)
	sort.Strings(names)
	return names
}

// wholePorts refuses a publish_ports value that is not a whole number: yaml.v3 would
// truncate 9090.5 into 9090 without a word.
func wholePorts(data []byte) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil // the strict decode reports it
	}
	top := doc.Content[0].Content
	for i := 0; i+1 < len(top); i += 2 {
		if top[i].Value != "publish_ports" || top[i+1].Kind != yaml.MappingNode {
			continue
		}
		ports := top[i+1].Content
		for j := 0; j+1 < len(ports); j += 2 {
			if v := ports[j+1]; v.Tag != "!!int" {
				return fmt.Errorf("line %d: publish_ports.%s: %q is not a whole port number; give an integer from 1 to 65535", v.Line, ports[j].Value, v.Value)
			}
		}
	}
	return nil
}
