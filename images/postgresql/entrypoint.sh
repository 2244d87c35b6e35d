#!/bin/sh
# First start: create the cluster, the application database and role, and a
# pg_monitor role for postgres_exporter. Each password comes from a file named by
# NAME_FILE (the container's secrets volume) or else from NAME; never from the image.
set -eu
for v in POSTGRES_PASSWORD OPSCENTER_DB_PASSWORD EXPORTER_DB_PASSWORD; do
  eval "file=\${${v}_FILE:-}"
  if [ -n "$file" ]; then
    [ -r "$file" ] || { echo "${v}_FILE=$file is not readable" >&2; exit 1; }
    eval "$v=\$(cat \"\$file\")"
  fi
  eval ": \"\${$v:?set $v or ${v}_FILE}\""
done
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
