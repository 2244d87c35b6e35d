package backenddoc

import (
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// One row per metric family, each naming its call and its readers; HighAuthFailureRate
// is read from its recording rule back to ops_center_keycloak_logins_total.
func TestEveryFamilyHasARowWithItsReaders(t *testing.T) {
	files, err := Files(model.Environment{})
	if err != nil {
		t.Fatal(err)
	}
	doc := string(files[Path])
	rows := 0
	for _, c := range model.BackendCalls() {
		for _, f := range c.Families {
			rows++
			if !strings.Contains(doc, "| `"+f+"` | `"+cell(c.Call)+"` |") {
				t.Errorf("no row for %s with call %s", f, c.Call)
			}
		}
	}
	if got := strings.Count(doc, "\n| `ops_center_"); got != rows {
		t.Errorf("%d rows, want %d", got, rows)
	}
	for _, want := range []string{
		"| `ops_center_keycloak_logins_total` | `metrics.record_login(success, reason, user)` | in the Keycloak login callback",
		"alert HighAuthFailureRate; ops-keycloak / Login success rate",
		"- [SlowDatabaseQueries](ALERT_RUNBOOK.md#slowdatabasequeries): `instrument_sqlalchemy(engine)`",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("doc lacks %q", want)
		}
	}
}
