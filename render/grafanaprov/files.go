// Package grafanaprov renders Grafana's provisioning files from the model: the
// Prometheus data source and, with the grafana alert engine, the contact points
// and their templates. Their secrets are $__file{} references to Grafana's own
// secrets volume, so no password, webhook URL or key passes through Terraform's
// variables, state or plans. For compose users it also renders the dashboard
// providers that load the 15 dashboards, which a Terraform deploy manages itself.
package grafanaprov

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Where the files go, in the repository and in Grafana's container.
const (
	Dir                 = "monitoring/grafana/provisioning"
	DataSourcesPath     = Dir + "/datasources/opsmon.yml"
	AlertingPath        = Dir + "/alerting/opsmon.yml"
	ContainerDir        = "/etc/grafana/provisioning"
	generatedComment    = "# Generated from render/grafanaprov. Do not edit: change the Go and re-render.\n"
	provisioningVersion = 1
)

// Files renders the provisioning files of env's Grafana; none where env runs no
// Grafana. The compose-only dashboard providers are ComposeFiles'.
func Files(env model.Environment) (map[string][]byte, error) {
	if !env.Has(model.Grafana) {
		return nil, nil
	}
	out := map[string][]byte{}
	ds, err := encode(dataSources(env))
	if err != nil {
		return nil, err
	}
	out[DataSourcesPath] = ds
	if env.AlertEngine == "grafana" {
		a, err := alerting(env)
		if err != nil {
			return nil, err
		}
		if out[AlertingPath], err = encode(a); err != nil {
			return nil, err
		}
	}
	// Grafana logs an error at every start for each folder it finds missing.
	for _, kind := range Kinds {
		if p := Dir + "/" + kind + "/README"; !holdsAFile(out, Dir+"/"+kind+"/") {
			out[p] = []byte("Rendered by render/grafanaprov: Grafana reads the *.yaml and *.yml files of this folder; this environment provisions none of this kind from here.\nThe folder is kept so that Grafana does not log it missing at every start.\n")
		}
	}
	return out, nil
}

// Kinds are the folders of Grafana's provisioning directory.
var Kinds = []string{"alerting", "dashboards", "datasources", "plugins"}

func holdsAFile(files map[string][]byte, prefix string) bool {
	for p := range files {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

// SecretNames are the secrets Grafana's provisioning reads from its secrets
// volume: the hostplan mounts these, and no other, into Grafana.
func SecretNames(env model.Environment) []string {
	names := []string{model.SecretPrometheusWeb}
	if env.AlertEngine == "grafana" && env.Notifications == "real" {
		names = append(names, model.SecretSlackURL, model.SecretPagerDutyKey, model.SecretWatchdogURL)
		if env.Email.Username != "" {
			names = append(names, model.SecretSMTPPassword)
		}
	}
	return names
}

// fileRef is Grafana's reference to a file in its secrets volume: it reads the
// file, trimmed, when it provisions.
func fileRef(path string) string { return "$__file{" + path + "}" }

func secretRef(name string) string { return fileRef(model.SecretsDir + "/" + name) }

// literal refuses a value Grafana would expand: every provisioned string goes
// through its $VAR and $__file{} expansion, so a '$' in a URL or an address
// would be replaced, silently.
func literal(field, v string) (string, error) {
	if strings.Contains(v, "$") {
		return "", fmt.Errorf("grafana provisioning: %s %q holds a '$', which Grafana would expand as a variable; remove it", field, v)
	}
	return v, nil
}

func orgID(env model.Environment) int {
	if env.Grafana.OrgID != 0 {
		return env.Grafana.OrgID
	}
	return 1
}

func encode(v any) ([]byte, error) {
	b, err := yaml.Marshal(v)
	if err != nil {
		return nil, err
	}
	return append([]byte(generatedComment), b...), nil
}
