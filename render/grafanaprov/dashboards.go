package grafanaprov

import (
	"path"
	"strings"

	defs "github.com/magicunicorn/ops-center-monitoring/dashboards"
	renderdash "github.com/magicunicorn/ops-center-monitoring/render/dashboards"
)

// The dashboard providers are for compose only: a Terraform deploy creates the
// folders and dashboards through Grafana's API, and a dashboard Grafana
// provisioned from a file could not be changed through it.
const (
	ComposeDashboardsPath = "monitoring/grafana/compose/dashboards.yml"
	// ContainerDashboardsDir holds one folder of dashboard JSON per area.
	ContainerDashboardsDir = "/etc/grafana/dashboards"
	containerProvidersFile = ContainerDir + "/dashboards/opsmon.yml"
)

// Mount is a rendered file compose binds into Grafana, read-only.
type Mount struct {
	Source string // repo-relative
	Target string // in the container
}

// composeDashboards is one file provider per area folder, with the folder UIDs
// the Grafana stack uses. File provisioning does not nest folders: compose
// users get the areas at the top level, not under Ops-Center.
func composeDashboards() Dashboards {
	d := Dashboards{APIVersion: provisioningVersion}
	for _, area := range defs.Folders {
		d.Providers = append(d.Providers, Provider{
			Name: "ops-center-" + strings.ToLower(string(area)), OrgID: 1, Folder: string(area), FolderUID: area.UID(), Type: "file",
			// The files are the source: nothing removed or edited in the UI sticks.
			DisableDeletion: true, AllowUIUpdates: false, UpdateIntervalSeconds: 60,
			Options: ProviderOptions{Path: path.Join(ContainerDashboardsDir, area.UID())},
		})
	}
	return d
}

// ComposeFiles renders the compose-only provider file.
func ComposeFiles() (map[string][]byte, error) {
	b, err := encode(composeDashboards())
	if err != nil {
		return nil, err
	}
	return map[string][]byte{ComposeDashboardsPath: b}, nil
}

// ComposeMounts are what compose adds to Grafana: the providers, and each
// dashboard's rendered JSON in its area's folder.
func ComposeMounts() ([]Mount, error) {
	all, err := defs.All()
	if err != nil {
		return nil, err
	}
	out := []Mount{{Source: ComposeDashboardsPath, Target: containerProvidersFile}}
	for _, d := range all {
		out = append(out, Mount{Source: renderdash.Path(d), Target: path.Join(ContainerDashboardsDir, d.Folder.UID(), d.FileName+".json")})
	}
	return out, nil
}
