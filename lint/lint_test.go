package lint

import (
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	render "github.com/magicunicorn/ops-center-monitoring/render/dashboards"
)

func inventory(t *testing.T) Inventory {
	t.Helper()
	inv, err := LoadInventory("..")
	if err != nil {
		t.Fatal(err)
	}
	return inv
}

// TestDashboardsPassEveryRule is the linter run over the real dashboards, as rendered.
func TestDashboardsPassEveryRule(t *testing.T) {
	all, err := dashboards.All()
	if err != nil {
		t.Fatal(err)
	}
	inv := inventory(t)
	for _, d := range all {
		raw, err := render.JSON(d)
		if err != nil {
			t.Fatal(err)
		}
		if err := StrictRoundTrip(raw); err != nil {
			t.Errorf("%s: %v", d.UID, err)
		}
		for _, p := range CheckDashboard(raw, inv) {
			t.Error(p)
		}
	}
}

func TestQueriesListsEveryTarget(t *testing.T) {
	qs, err := AllQueries()
	if err != nil {
		t.Fatal(err)
	}
	perDashboard := map[string]int{}
	for _, q := range qs {
		if q.Expr == "" || q.Panel == "" || q.RefID == "" {
			t.Errorf("incomplete query %+v", q)
		}
		perDashboard[q.DashboardUID]++
	}
	if len(perDashboard) != 15 {
		t.Errorf("queries from %d dashboards, want 15", len(perDashboard))
	}
	t.Logf("%d queries", len(qs))
}

func TestExpand(t *testing.T) {
	got := Expand(`sum(rate(x{job=~"$job",instance=~"${instance}"}[$__rate_interval])) * $__range_s / changes(y[$__range])`, LiveValues)
	want := `sum(rate(x{job=~".+",instance=~".+"}[1m])) * 3600 / changes(y[1h])`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestInventoryHasEverySource(t *testing.T) {
	got := strings.Join(inventory(t).Sources(), " ")
	want := "alertmanager alertmanager_cluster blackbox_exporter blackbox_exporter_tls cadvisor fastapi keycloak node_exporter postgres_exporter prometheus prometheus_notifier recording rule redis_exporter thanos traefik"
	if got != want {
		t.Errorf("sources %q, want %q", got, want)
	}
}
