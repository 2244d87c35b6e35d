#!/bin/sh
# First start: create the cluster, the application database and role, and a
# pg_monitor role for postgres_exporter. Passwords come from the environment
# (Terraform sensitive variables), never from the image.
set -eu
: "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}"
: "${OPSCENTER_DB_PASSWORD:?set OPSCENTER_DB_PASSWORD}"
: "${EXPORTER_DB_PASSWORD:?set EXPORTER_DB_PASSWORD}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pwfile=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
  initdb --username=postgres --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pwfile"
  echo "host all all 0.0.0.0/0 scram-sha-256" >>"$PGDATA/pg_hba.conf"
  pg_ctl -w -o "-c listen_addresses=''" start >/dev/null
  psql -v ON_ERROR_STOP=1 -q --username=postgres <<SQL
CREATE ROLE opscenter LOGIN PASSWORD '$OPSCENTER_DB_PASSWORD';
CREATE DATABASE opscenter OWNER opscenter;
CREATE ROLE postgres_exporter LOGIN PASSWORD '$EXPORTER_DB_PASSWORD';
GRANT pg_monitor TO postgres_exporter;
SQL
  pg_ctl -w stop >/dev/null
fi
exec postgres -c listen_addresses='*' -c log_min_duration_statement=1000
