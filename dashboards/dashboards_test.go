package dashboards

import (
	"testing"
)

// The request's file names, in its order, each with the UID others link to.
var wantFiles = []struct{ file, uid string }{
	{"system-health-overview", UIDSystemHealth}, {"api-performance", UIDAPI},
	{"database-performance", UIDDatabase}, {"cloudflare-api-monitoring", UIDCloudflare},
	{"namecheap-api-monitoring", UIDNamecheap}, {"keycloak-sso", UIDKeycloak},
	{"lago-billing", UIDLago}, {"redis-performance", UIDRedis}, {"docker-containers", UIDDocker},
	{"business-metrics", UIDBusiness}, {"error-dashboard", UIDErrors}, {"sla-dashboard", UIDSLA},
	{"migration-jobs", UIDMigrations}, {"dns-operations", UIDDNS}, {"security-events", UIDSecurity},
}

func TestAllHasTheRequestedDashboards(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(wantFiles) {
		t.Fatalf("got %d dashboards, want %d", len(all), len(wantFiles))
	}
	for i, w := range wantFiles {
		d := all[i]
		if d.FileName != w.file || d.UID != w.uid || *d.Model.Uid != w.uid {
			t.Errorf("dashboard %d: file %q uid %q (model %q), want %q %q", i, d.FileName, d.UID, *d.Model.Uid, w.file, w.uid)
		}
	}
}

func TestRefreshFollowsCriticality(t *testing.T) {
	critical := map[string]bool{UIDSystemHealth: true, UIDAPI: true, UIDDatabase: true, UIDErrors: true,
		UIDSLA: true, UIDRedis: true, UIDDocker: true}
	all, _ := All()
	for _, d := range all {
		want := "1m"
		if critical[d.UID] {
			want = "30s"
		}
		if got := *d.Model.Refresh; got != want || d.Critical != critical[d.UID] {
			t.Errorf("%s: refresh %s critical %v, want %s", d.UID, got, d.Critical, want)
		}
	}
}

func TestTagsAndLinks(t *testing.T) {
	all, _ := All()
	for _, d := range all {
		if len(d.Model.Tags) != 2 || d.Model.Tags[0] != "ops-center" || d.Model.Tags[1] != d.Category {
			t.Errorf("%s: tags %v, want [ops-center %s]", d.UID, d.Model.Tags, d.Category)
		}
		if len(d.Model.Links) < 2 {
			t.Errorf("%s: %d links, want at least one related dashboard and the dropdown", d.UID, len(d.Model.Links))
		}
		for _, l := range d.Model.Links {
			if l.Title == "" {
				t.Errorf("%s: a link has no title (unknown related UID?)", d.UID)
			}
		}
	}
}

func TestGuideCoversEveryPanel(t *testing.T) {
	all, _ := All()
	total := 0
	for _, d := range all {
		panels := 0
		for _, p := range d.Model.Panels {
			if p.Panel != nil {
				panels++
			}
		}
		if len(d.Panels) != panels {
			t.Errorf("%s: guide has %d panels, dashboard %d", d.UID, len(d.Panels), panels)
		}
		for _, g := range d.Panels {
			if g.Read == "" || g.Row == "" {
				t.Errorf("%s/%s: guide entry lacks how-to-read or row", d.UID, g.Title)
			}
		}
		total += panels
	}
	t.Logf("%d dashboards, %d panels", len(all), total)
}
