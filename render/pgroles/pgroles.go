// Package pgroles renders the SQL that creates an environment's two PostgreSQL
// state roles: a deploy role that writes state and a plan role that can only
// SELECT it. No password is in it: the operator sets them (\password ROLE).
package pgroles

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// stateSequence is the id sequence tofu's pg backend shares between every state
// table of a database, in public (its advisory locks take the ids).
const stateSequence = "global_states_id_seq"

// ConnectionLimit caps each state role's sessions, so a leaked login cannot take
// the server's: a tofu run holds one or two, and several plan jobs (one per pull
// request) may run at once.
const ConnectionLimit = 10

// identifier: names used unquoted, so the SQL reads as it runs.
var identifier = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// SQL returns the statements for env; re-running them changes nothing.
func SQL(env model.Environment) (string, error) {
	if env.State.Backend != "pg" {
		return "", fmt.Errorf("environment %s: state.backend is %q; pg-roles is for state.backend: pg", env.Name, env.State.Backend)
	}
	deploy, plan := env.PgDeployRole(), env.PgPlanRole()
	for _, id := range append([]string{deploy, plan}, env.PgSchemas()...) {
		if !identifier.MatchString(id) || len(id) > 63 {
			return "", fmt.Errorf("environment %s: %q (from state.schema_name %q) is not a plain PostgreSQL identifier; use lowercase letters, digits and underscores", env.Name, id, env.State.SchemaName)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "-- Terraform state roles of the %s environment, from `opsmon pg-roles -env %s`.\n", env.Name, env.Name)
	b.WriteString("-- Run once as a superuser (or a role with CREATEROLE that owns the database) in the\n")
	b.WriteString("-- state database, then set the passwords: \\password " + deploy + " and \\password " + plan + ".\n")
	b.WriteString("-- Re-running it is safe. State written before these roles: REASSIGN OWNED BY <old role> TO " + deploy + ".\n\n")
	b.WriteString("-- Nobody else creates objects in public (PostgreSQL 15's default; older servers allow it).\n")
	b.WriteString("REVOKE CREATE ON SCHEMA public FROM PUBLIC;\n")
	b.WriteString("DO $$\nBEGIN\n")
	b.WriteString("  -- nor temporary tables: the plan role gets no table of its own at all.\n")
	b.WriteString("  EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());\n")
	b.WriteString("  -- Only the roles granted below connect to the state database: not every login of the\n")
	b.WriteString("  -- cluster, as PostgreSQL allows by default (the product's own, where they share one).\n")
	b.WriteString("  EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());\n")
	for _, r := range []string{deploy, plan} {
		fmt.Fprintf(&b, "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN\n", r)
		fmt.Fprintf(&b, "    CREATE ROLE %s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;\n  END IF;\n", r)
		fmt.Fprintf(&b, "  EXECUTE format('GRANT CONNECT ON DATABASE %%I TO %s', current_database());\n", r)
	}
	b.WriteString("END\n$$;\n")
	b.WriteString("-- A leaked login cannot take the server's sessions: a tofu run holds one or two.\n")
	for _, r := range []string{deploy, plan} {
		fmt.Fprintf(&b, "ALTER ROLE %s CONNECTION LIMIT %d;\n", r, ConnectionLimit)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "-- %s: tofu's pg backend keeps one id sequence for every state table in public\n", deploy)
	b.WriteString("-- (CREATE SEQUENCE IF NOT EXISTS needs CREATE there) and creates its table and index\n")
	b.WriteString("-- in the stack's schema on the first init.\n")
	fmt.Fprintf(&b, "GRANT USAGE, CREATE ON SCHEMA public TO %s;\n", deploy)
	for _, s := range env.PgSchemas() {
		fmt.Fprintf(&b, "CREATE SCHEMA IF NOT EXISTS %s AUTHORIZATION %s;\n", s, deploy)
	}
	// The first plan of an empty environment is the plan role's, which creates
	// nothing: the state tables exist before it, empty, as tofu's pg backend
	// (v1.12) would create them on the deploy role's first init.
	b.WriteString("\n-- The state tables, empty, as tofu's pg backend creates them on its first init, so\n")
	b.WriteString("-- the first plan (the plan role's, which creates nothing) reads an empty state.\n")
	fmt.Fprintf(&b, "CREATE SEQUENCE IF NOT EXISTS public.%s AS bigint;\n", stateSequence)
	fmt.Fprintf(&b, "GRANT USAGE, SELECT, UPDATE ON SEQUENCE public.%s TO %s;\n", stateSequence, deploy)
	for _, s := range env.PgSchemas() {
		fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS %s.states (id bigint NOT NULL DEFAULT nextval('public.%s') PRIMARY KEY, name text UNIQUE, data text);\n", s, stateSequence)
		fmt.Fprintf(&b, "ALTER TABLE %s.states OWNER TO %s;\n", s, deploy)
		fmt.Fprintf(&b, "CREATE UNIQUE INDEX IF NOT EXISTS states_by_name ON %s.states (name);\n", s)
	}
	fmt.Fprintf(&b, "\n-- %s: reads state and nothing else. Plans run with PG_SKIP_SCHEMA_CREATION,\n", plan)
	b.WriteString("-- PG_SKIP_TABLE_CREATION and PG_SKIP_INDEX_CREATION set to true, and -lock=false.\n")
	for _, s := range env.PgSchemas() {
		fmt.Fprintf(&b, "GRANT USAGE ON SCHEMA %s TO %s;\n", s, plan)
		fmt.Fprintf(&b, "GRANT SELECT ON ALL TABLES IN SCHEMA %s TO %s;\n", s, plan)
		fmt.Fprintf(&b, "ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA %s GRANT SELECT ON TABLES TO %s;\n", deploy, s, plan)
	}
	return b.String(), nil
}
