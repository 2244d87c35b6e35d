package model

import "strings"

// PgSchema is the PostgreSQL schema holding stackID's state (pg backend): one
// per stack, so each stack's state row and lock are its own.
func (s State) PgSchema(stackID string) string {
	return s.SchemaName + "_" + strings.ReplaceAll(stackID, "-", "_")
}

// PgDeployRole may write env's state (deploys); PgPlanRole may only read it
// (pull-request plans). Their passwords are the operator's, never in the repo.
func (e Environment) PgDeployRole() string { return e.State.SchemaName + "_" + e.Name + "_deploy" }

// PgPlanRole: see PgDeployRole.
func (e Environment) PgPlanRole() string { return e.State.SchemaName + "_" + e.Name + "_plan" }

// PgSchemas are the schemas of every stack of env, host stack first.
func (e Environment) PgSchemas() []string {
	out := []string{e.State.PgSchema(HostStack(e.Name)), e.State.PgSchema(GrafanaStack(e.Name))}
	for _, h := range e.Hosts {
		out = append(out, e.State.PgSchema(AgentStack(e.Name, h.Name)))
	}
	return out
}
