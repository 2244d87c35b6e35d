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
// invalid values all fail here, before any synth, with the file and field named.
func LoadEnvironment(dir, name string) (Environment, error) {
	path := filepath.Join(dir, name+".yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		return Environment{}, fmt.Errorf("environment %q: %w; create %s or choose one of %s",
			name, err, path, strings.Join(EnvironmentNames, ", "))
	}
	return ParseEnvironment(path, data)
}

// ParseEnvironment decodes one environment file strictly and validates it.
func ParseEnvironment(path string, data []byte) (Environment, error) {
	var env Environment
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&env); err != nil {
		return Environment{}, fmt.Errorf("%s: %s", path, explainYAML(err))
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
	case "State":
		sample = State{}
	default:
		return nil
	}
	names := fieldNames(sample)
	sort.Strings(names)
	return names
}
