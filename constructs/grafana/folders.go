package grafana

import (
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/dashboards"
)

// RootFolderUID is the Ops-Center folder every area folder nests under, so one
// folder permission covers all of the stack's content.
const RootFolderUID = "ops-center"

// AlertingFolder holds the Grafana-managed rule groups.
const AlertingFolder dashboards.Folder = "Alerting"

// FolderUID is the stable UID of an area folder.
func FolderUID(area dashboards.Folder) string { return "ops-" + strings.ToLower(string(area)) }

// FolderID is the construct id of an area folder's resource.
func FolderID(area dashboards.Folder) string { return "folder-" + strings.ToLower(string(area)) }

// RootFolder is the parent of the area folders.
func RootFolder() Resource {
	return Resource{Type: "grafana_folder", ID: "folder-root", Attrs: map[string]any{
		"title": "Ops-Center", "uid": RootFolderUID,
	}}
}

// AreaFolders are the dashboards' areas plus Alerting, nested under parentUID
// (a reference to the root folder, so Terraform creates it first).
func AreaFolders(parentUID string) []Resource {
	var out []Resource
	for _, area := range append(append([]dashboards.Folder{}, dashboards.Folders...), AlertingFolder) {
		out = append(out, Resource{Type: "grafana_folder", ID: FolderID(area), Attrs: map[string]any{
			"title": string(area), "uid": FolderUID(area), "parent_folder_uid": parentUID,
		}})
	}
	return out
}
