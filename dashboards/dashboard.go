// Package dashboards holds the 15 Ops-Center Grafana dashboards, built with the
// grafana-foundation-sdk Go builders. Each dashboard lives in its own file; the
// shapes they share (variables, thresholds, panel defaults, links) are presets.
package dashboards

import (
	"strings"

	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
)

// Folder names the Grafana folder area a dashboard is filed under.
type Folder string

// Folder areas; the Grafana stack creates one folder per area.
const (
	FolderPlatform Folder = "Platform"
	FolderServices Folder = "Services"
	FolderBusiness Folder = "Business"
	FolderSecurity Folder = "Security"
)

// Folders lists every area, in the order the Grafana stack declares them.
var Folders = []Folder{FolderPlatform, FolderServices, FolderBusiness, FolderSecurity}

// RootFolderUID is the Ops-Center folder the Grafana stack nests every area under.
const RootFolderUID = "ops-center"

// UID is the area folder's stable UID, the same whether Terraform or Grafana's
// file provisioning creates it.
func (f Folder) UID() string { return "ops-" + strings.ToLower(string(f)) }

// Dashboard is one built dashboard with what the guide and the stack need to know about it.
type Dashboard struct {
	FileName string // monitoring/grafana/dashboards/<FileName>.json
	UID      string // stable: alerts and other dashboards link to it
	Title    string
	Folder   Folder
	Category string // the second tag, after "ops-center"
	// Critical dashboards refresh every 30s; the others every minute.
	Critical bool
	Purpose  string
	Panels   []PanelGuide
	Model    dashboard.Dashboard
}

// PanelGuide explains one panel for docs/DASHBOARD_GUIDE.md.
type PanelGuide struct {
	Row, Title, Description, Unit string
	// Read says how to read the panel: what normal looks like and what to act on.
	Read string
}

// All builds every dashboard, in the request's order.
func All() ([]Dashboard, error) {
	specs := []spec{
		systemHealth(), apiPerformance(), databasePerformance(), cloudflare(), namecheap(),
		keycloak(), lago(), redis(), docker(), business(), errorsDashboard(), sla(),
		migrations(), dnsOperationsDashboard(), security(),
	}
	out := make([]Dashboard, 0, len(specs))
	for _, s := range specs {
		d, err := s.build()
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}
