package pgroles

import (
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

func production(schema string) model.Environment {
	return model.Environment{Name: "production", State: model.State{Backend: "pg", SchemaName: schema}}
}

// The plan role is granted reads only: no INSERT, UPDATE, DELETE, CREATE or
// TEMPORARY anywhere, and no password is in the SQL. (A real PostgreSQL refusing
// its writes is e2e TestPlanRoleOnlyReadsState.)
func TestPlanRoleIsGrantedReadsOnly(t *testing.T) {
	sql, err := SQL(production("opsmon"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(sql, "\n") {
		if !strings.HasPrefix(line, "GRANT") && !strings.Contains(line, "GRANT ") {
			continue
		}
		if strings.HasSuffix(line, "TO opsmon_production_plan;") &&
			!strings.HasPrefix(line, "GRANT USAGE ON SCHEMA opsmon_production_") &&
			!strings.HasPrefix(line, "GRANT SELECT ON ALL TABLES IN SCHEMA opsmon_production_") &&
			!strings.Contains(line, "GRANT SELECT ON TABLES TO") {
			t.Errorf("the plan role is granted more than reads: %s", line)
		}
	}
	if strings.Contains(strings.ToUpper(sql), "PASSWORD '") {
		t.Error("a password is in the SQL; the operator sets it")
	}
	for _, s := range []string{"opsmon_production_host", "opsmon_production_grafana"} {
		if !strings.Contains(sql, "CREATE SCHEMA IF NOT EXISTS "+s+" AUTHORIZATION opsmon_production_deploy;") {
			t.Errorf("schema %s is not created for the deploy role", s)
		}
	}
}

func TestBadStateSettingsAreRefusedByName(t *testing.T) {
	for _, c := range []struct {
		env  model.Environment
		want string
	}{
		{model.Environment{Name: "staging", State: model.State{Backend: "local"}},
			`environment staging: state.backend is "local"; pg-roles is for state.backend: pg`},
		{production("Opsmon-State"),
			`environment production: "Opsmon-State_production_deploy" (from state.schema_name "Opsmon-State") is not a plain PostgreSQL identifier; use lowercase letters, digits and underscores`},
	} {
		if _, err := SQL(c.env); err == nil || err.Error() != c.want {
			t.Errorf("SQL(%s): error %v, want %s", c.env.Name, err, c.want)
		}
	}
}

// TestOnlyTheStateRolesConnect: PUBLIC loses CONNECT on the state database, each
// state role gets it back, and each has a connection limit. (A real PostgreSQL
// refusing another login is e2e TestPlanRoleOnlyReadsState.)
func TestOnlyTheStateRolesConnect(t *testing.T) {
	sql, err := SQL(production("opsmon"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());",
		"EXECUTE format('GRANT CONNECT ON DATABASE %I TO opsmon_production_deploy', current_database());",
		"EXECUTE format('GRANT CONNECT ON DATABASE %I TO opsmon_production_plan', current_database());",
		"ALTER ROLE opsmon_production_deploy CONNECTION LIMIT 10;",
		"ALTER ROLE opsmon_production_plan CONNECTION LIMIT 10;",
	} {
		if !strings.Contains(sql, want) {
			t.Errorf("the SQL lacks %q", want)
		}
	}
}
