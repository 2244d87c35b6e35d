package dashboards

import (
	"fmt"
	"testing"

	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
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

// Colours say good or bad the right way round: a stat where more is better is red
// at its lowest values and green at its highest, and turns red only where a person
// should look (not below 99.9% for ratios no SLO covers).
func TestThresholdsPointTheRightWay(t *testing.T) {
	cases := []struct {
		uid, title string
		// colours expected at sample values
		at map[float64]string
	}{
		{UIDSLA, "Error budget remaining", map[float64]string{1: "green", 0.6: "green", 0.3: "yellow", 0.1: "red", -0.5: "red"}},
		{UIDSLA, "SLA compliance percentage", map[float64]string{1: "green", 0.9992: "yellow", 0.99: "red"}},
		{UIDRedis, "Cache hit rate", map[float64]string{0.99: "green", 0.95: "green", 0.7: "yellow", 0.3: "red"}},
		{UIDKeycloak, "Login success rate", map[float64]string{1: "green", 0.97: "green", 0.9: "yellow", 0.5: "red"}},
		{UIDMigrations, "Success rate", map[float64]string{1: "green", 0.99: "green", 0.95: "yellow", 0.8: "red"}},
		{UIDNamecheap, "Migration success rate", map[float64]string{1: "green", 0.99: "green", 0.95: "yellow", 0.8: "red"}},
		// Up tiles: their value mappings colour UP and DOWN too; the thresholds must agree.
		{UIDDatabase, "PostgreSQL up", map[float64]string{1: "green", 0: "red"}},
		{UIDRedis, "Redis up", map[float64]string{1: "green", 0: "red"}},
		{UIDKeycloak, "Keycloak server up", map[float64]string{1: "green", 0: "red"}},
	}
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		steps := thresholdSteps(t, all, c.uid, c.title)
		for v, want := range c.at {
			if got := colourAt(steps, v); got != want {
				t.Errorf("%s / %s: value %g is %s, want %s (steps %v)", c.uid, c.title, v, got, want, stepsString(steps))
			}
		}
	}
}

func thresholdSteps(t *testing.T, all []Dashboard, uid, title string) []dashboard.Threshold {
	t.Helper()
	for _, d := range all {
		if d.UID != uid {
			continue
		}
		for _, p := range d.Model.Panels {
			if p.Panel == nil || p.Panel.Title == nil || *p.Panel.Title != title {
				continue
			}
			if p.Panel.FieldConfig == nil || p.Panel.FieldConfig.Defaults.Thresholds == nil {
				t.Fatalf("%s / %s has no thresholds", uid, title)
			}
			return p.Panel.FieldConfig.Defaults.Thresholds.Steps
		}
	}
	t.Fatalf("no panel %q on dashboard %s", title, uid)
	return nil
}

// colourAt is Grafana's rule: the last step whose value is at or below v.
func colourAt(steps []dashboard.Threshold, v float64) string {
	colour := ""
	for _, s := range steps {
		if s.Value == nil || *s.Value <= v {
			colour = s.Color
		}
	}
	return colour
}

func stepsString(steps []dashboard.Threshold) string {
	out := ""
	for _, s := range steps {
		if s.Value == nil {
			out += s.Color + " "
		} else {
			out += fmt.Sprintf("%s@%g ", s.Color, *s.Value)
		}
	}
	return out
}
