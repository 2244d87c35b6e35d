// Package amconfig renders Alertmanager's configuration and notification templates:
// routes per severity, one receiver per severity with its integrations, inhibition of
// lower severities by higher ones for the same service, and secrets only by file.
package amconfig

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/prometheus/alertmanager/config"
	"github.com/prometheus/common/model"
	"gopkg.in/yaml.v3"

	opsmodel "github.com/magicunicorn/ops-center-monitoring/model"
)

// Paths of the rendered files, relative to the repository root, and where the
// Alertmanager container sees them.
const (
	ConfigPath       = "monitoring/alerting/alertmanager.yml"
	TemplatesDir     = "monitoring/alerting/templates"
	ContainerDir     = "/etc/alertmanager"
	SecretsDir       = opsmodel.SecretsDir
	sinkHTTP         = "http://" + opsmodel.NotificationSink + ":9095"
	sinkSMTP         = opsmodel.NotificationSink + ":2525"
	receiverHeader   = "X-Opsmon-Receiver"
	secretSlack      = SecretsDir + "/" + opsmodel.SecretSlackURL
	secretPagerDuty  = SecretsDir + "/" + opsmodel.SecretPagerDutyKey
	secretSMTP       = SecretsDir + "/" + opsmodel.SecretSMTPPassword
	secretWatchdog   = SecretsDir + "/" + opsmodel.SecretWatchdogURL
	templateGlob     = ContainerDir + "/templates/*.tmpl"
	generatedComment = "# Generated from render/amconfig and the alert catalog. Do not edit: change the Go and re-render.\n"
)

// SecretFiles are the files the deploy must provide in SecretsDir, by environment mode.
func SecretFiles(env opsmodel.Environment) []string {
	if env.Notifications == "sink" {
		// The sink ignores the key, but PagerDuty's integration requires one.
		return []string{secretPagerDuty}
	}
	files := []string{secretSlack, secretPagerDuty, secretWatchdog}
	if env.Email.Username != "" {
		files = append(files, secretSMTP)
	}
	return files
}

// Files renders alertmanager.yml and the notification templates for env.
func Files(env opsmodel.Environment) (map[string][]byte, error) {
	cfg := build(env)
	var buf bytes.Buffer
	buf.WriteString(generatedComment)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(cfg); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	// Alertmanager's own loader is the judge of what it will accept.
	if _, err := config.Load(buf.String()); err != nil {
		return nil, fmt.Errorf("%s: Alertmanager would refuse it: %w", ConfigPath, err)
	}
	out := map[string][]byte{ConfigPath: buf.Bytes(),
		// For amtool in the container (runbooks): /etc/alertmanager/amtool-http.yml.
		"monitoring/alerting/amtool-http.yml": opsmodel.AlertmanagerAuth.ClientConfigYAML(env.WebTLS)}
	for name, content := range templateFiles() {
		out[TemplatesDir+"/"+name] = content
	}
	exp, err := expectationsFile(env)
	if err != nil {
		return nil, err
	}
	out[ExpectationsPath] = exp
	out[TestScriptPath] = testScript
	return out, nil
}

// YAML shapes of the parts of Alertmanager's config we write. Alertmanager's own types
// mask secrets on marshal, so they cannot render a file.
type amConfig struct {
	Templates    []string      `yaml:"templates"`
	Route        route         `yaml:"route"`
	InhibitRules []inhibitRule `yaml:"inhibit_rules"`
	Receivers    []receiver    `yaml:"receivers"`
}

type route struct {
	Receiver       string          `yaml:"receiver"`
	GroupBy        []string        `yaml:"group_by,omitempty"`
	Matchers       []string        `yaml:"matchers,omitempty"`
	GroupWait      *model.Duration `yaml:"group_wait,omitempty"`
	GroupInterval  *model.Duration `yaml:"group_interval,omitempty"`
	RepeatInterval *model.Duration `yaml:"repeat_interval,omitempty"`
	Routes         []route         `yaml:"routes,omitempty"`
}

type inhibitRule struct {
	SourceMatchers []string `yaml:"source_matchers"`
	TargetMatchers []string `yaml:"target_matchers"`
	Equal          []string `yaml:"equal"`
}

func dur(d model.Duration) *model.Duration { return &d }

func matcher(label, value string) string { return fmt.Sprintf("%s=%q", label, value) }

func matcherRe(label string, values ...string) string {
	return fmt.Sprintf("%s=~%q", label, strings.Join(values, "|"))
}
