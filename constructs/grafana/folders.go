package grafana

import (
	"strings"

	"github.com/aws/jsii-runtime-go"

	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/folder"
)

// RootFolderUID is the Ops-Center folder every area folder nests under, so one
// folder permission covers all of the stack's content.
const RootFolderUID = dashboards.RootFolderUID

// AlertingFolder holds the Grafana-managed rule groups.
const AlertingFolder dashboards.Folder = "Alerting"

// FolderUID is the stable UID of an area folder.
func FolderUID(area dashboards.Folder) string { return area.UID() }

// FolderID is the construct id of an area folder's resource.
func FolderID(area dashboards.Folder) string { return "folder-" + strings.ToLower(string(area)) }

// RootFolder is the parent of the area folders.
func RootFolder() Decl[folder.FolderConfig] {
	return Decl[folder.FolderConfig]{ID: "folder-root", Config: &folder.FolderConfig{
		Title: jsii.String("Ops-Center"), Uid: jsii.String(RootFolderUID),
	}}
}

// AreaFolders are the dashboards' areas plus Alerting, nested under parentUID
// (a reference to the root folder, so Terraform creates it first).
func AreaFolders(parentUID string) []Decl[folder.FolderConfig] {
	var out []Decl[folder.FolderConfig]
	for _, area := range append(append([]dashboards.Folder{}, dashboards.Folders...), AlertingFolder) {
		out = append(out, Decl[folder.FolderConfig]{ID: FolderID(area), Config: &folder.FolderConfig{
			Title: jsii.String(string(area)), Uid: jsii.String(FolderUID(area)), ParentFolderUid: jsii.String(parentUID),
		}})
	}
	return out
}
