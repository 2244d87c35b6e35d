package grafanaprov

import (
	"bytes"
	"fmt"

	"gopkg.in/yaml.v3"
)

// The provisioning files, only the keys this project writes, as Grafana's
// provisioning documentation names them (apiVersion 1). No Grafana server runs
// on this project's machines: Parse decodes strictly against these types, so a
// key Grafana would not know fails here instead of being ignored by Grafana.

// DataSources is a file of provisioning/datasources.
type DataSources struct {
	APIVersion  int          `yaml:"apiVersion"`
	DataSources []DataSource `yaml:"datasources"`
}

// DataSource is one provisioned data source. SecureJSONData values are
// $__file{} references: Grafana reads the secret from the file at start.
type DataSource struct {
	OrgID          int               `yaml:"orgId"`
	Name           string            `yaml:"name"`
	Type           string            `yaml:"type"`
	UID            string            `yaml:"uid"`
	URL            string            `yaml:"url"`
	Access         string            `yaml:"access"`
	IsDefault      bool              `yaml:"isDefault"`
	BasicAuth      bool              `yaml:"basicAuth"`
	BasicAuthUser  string            `yaml:"basicAuthUser"`
	JSONData       map[string]any    `yaml:"jsonData"`
	SecureJSONData map[string]string `yaml:"secureJsonData"`
	Editable       bool              `yaml:"editable"`
}

// Alerting is a file of provisioning/alerting: the notification templates and
// the contact points that use them (the grafana alert engine only).
type Alerting struct {
	APIVersion    int            `yaml:"apiVersion"`
	Templates     []Template     `yaml:"templates"`
	ContactPoints []ContactPoint `yaml:"contactPoints"`
}

// Template is one notification template group.
type Template struct {
	OrgID    int    `yaml:"orgId"`
	Name     string `yaml:"name"`
	Template string `yaml:"template"`
}

// ContactPoint is one contact point, named as the Alertmanager receiver it mirrors.
type ContactPoint struct {
	OrgID     int        `yaml:"orgId"`
	Name      string     `yaml:"name"`
	Receivers []Receiver `yaml:"receivers"`
}

// Receiver is one integration of a contact point.
type Receiver struct {
	UID      string         `yaml:"uid"`
	Type     string         `yaml:"type"`
	Settings map[string]any `yaml:"settings"`
}

// Dashboards is a file of provisioning/dashboards: one file provider per folder.
type Dashboards struct {
	APIVersion int        `yaml:"apiVersion"`
	Providers  []Provider `yaml:"providers"`
}

// Provider loads every dashboard JSON in Options.Path into one folder.
type Provider struct {
	Name                  string          `yaml:"name"`
	OrgID                 int             `yaml:"orgId"`
	Folder                string          `yaml:"folder"`
	FolderUID             string          `yaml:"folderUid"`
	Type                  string          `yaml:"type"`
	DisableDeletion       bool            `yaml:"disableDeletion"`
	AllowUIUpdates        bool            `yaml:"allowUiUpdates"`
	UpdateIntervalSeconds int             `yaml:"updateIntervalSeconds"`
	Options               ProviderOptions `yaml:"options"`
}

// ProviderOptions says where the provider reads dashboards.
type ProviderOptions struct {
	Path string `yaml:"path"`
}

// Parse decodes a provisioning file into v strictly: an unknown key is an error.
func Parse(raw []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("not Grafana's provisioning format: %w", err)
	}
	return nil
}
