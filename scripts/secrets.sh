# Secrets and settings for a deploy, sourced by stack.sh and secrets-push.sh. They
# come from the file OPSMON_SECRETS_FILE names (KEY=VALUE lines, mode 0600, read
# literally); the local environment generates its own once, into the git-ignored
# cache. The state backend's credentials are checked before anything is planned.

# describe_env ENV: load and validate the environment file (a bad file stops here,
# with its own message, before anything is synthesized) and set STATE_BACKEND,
# STACKS, SKIPPED_STACKS, SKIP_REASON and DATA_VOLUMES from it.
# Once per script: stack.sh describes before it resolves stacks, load_secrets again.
describe_env() {
  [ "${DESCRIBED_ENV:-}" != "$1" ] || return 0
  local facts
  facts=$(opsmon describe -env "$1") || die "environment $1 is not valid (see above); nothing was applied."
  eval "$facts"
  DESCRIBED_ENV=$1
}

# secrets_file ENV: the secrets file of ENV. The local environment generates its own
# once, into the git-ignored cache; others need OPSMON_SECRETS_FILE.
secrets_file() {
  local env=$1
  if [ "$env" = local ]; then
    local f="$CACHE/secrets/local.env"
    if [ ! -f "$f" ]; then
      # The PostgreSQL stand-in keeps the password it was first started with in its
      # data volume: a new password would lock the exporter and the demo out.
      if docker volume inspect opsmon-local-unicorn-postgresql-data >/dev/null 2>&1; then
        die "the data volume opsmon-local-unicorn-postgresql-data exists but its password ($f) does not (another checkout created it?). Run 'make purge' to start over with fresh data, or copy that checkout's .cache/secrets/local.env here."
      fi
      mkdir -p "$CACHE/secrets"
      (umask 077; : >"$f")
    fi
    # Each generated secret once; a file from before a secret existed gains it.
    local k
    for k in local_db_password prometheus_web_password alertmanager_web_password node_exporter_web_password thanos_s3_secret_key; do
      grep -q "^$k=" "$f" || echo "$k=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" >>"$f"
    done
    grep -q "^thanos_s3_access_key=" "$f" || echo "thanos_s3_access_key=opsmon$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')" >>"$f"
    # The CA web_tls issues each server's certificate from (used where web_tls is on).
    grep -q "^web_tls_ca_cert=" "$f" || opsmon tls-ca -env local >>"$f"
    echo "$f"
  elif [ -n "${OPSMON_SECRETS_FILE:-}" ]; then
    echo "$OPSMON_SECRETS_FILE"
  fi
}

# load_secrets ENV: export the settings of ENV's secrets file (upper-case keys such
# as PG_CONN_STR, parsed literally: nothing in the file is run) and check that the
# state backend can be reached. Secrets themselves stay in the file: containers read
# them from their secrets volumes (make secrets-push), never from Terraform.
load_secrets() {
  local env=$1 f kv
  f=$(secrets_file "$env")
  if [ -n "$f" ]; then
    [ -r "$f" ] || die "OPSMON_SECRETS_FILE=$f is not readable"
    local settings; settings=$(mktemp)
    opsmon secrets-env -file "$f" >"$settings" \
      || { rm -f "$settings"; die "secrets file $f is not valid (see above); nothing was applied."; }
    while IFS= read -r -d '' kv; do export "${kv?}"; done <"$settings"
    rm -f "$settings"
  fi
  describe_env "$env"
  if [ "$STATE_BACKEND" = pg ] && [ -z "${PG_CONN_STR:-}" ] && [ -z "${PGHOST:-}" ]; then
    die "environment $env keeps its state in PostgreSQL (state.backend: pg): set PG_CONN_STR=postgres://USER:PASSWORD@HOST:5432/DB or the libpq variables PGHOST, PGUSER, PGPASSWORD, PGDATABASE. Nothing was applied."
  fi
  if [ "$STATE_BACKEND" = s3 ] && [ -z "${AWS_PROFILE:-}" ] && { [ -z "${AWS_ACCESS_KEY_ID:-}" ] || [ -z "${AWS_SECRET_ACCESS_KEY:-}" ]; }; then
    die "environment $env keeps its state in S3 (state.backend: s3): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) for the bucket, in the environment or in OPSMON_SECRETS_FILE. Nothing was applied."
  fi
  TF_VAR_docker_socket_gid="${ENGINE_SOCKET_GID:-$(stat -c %g "${ENGINE_HOST#unix://}" 2>/dev/null || echo 0)}"
  export TF_VAR_docker_socket_gid
}

# require_secrets_file ENV: ENV's secrets file is named (a push writes its values).
require_secrets_file() {
  [ -n "$(secrets_file "$1")" ] || die "environment $1: no secrets file; set OPSMON_SECRETS_FILE=/path/to/$1.env (KEY=VALUE lines, mode 0600; docs/MONITORING_SETUP.md lists the keys). Nothing was applied."
}

# push_secrets ENV [-check]: write ENV's secrets into its containers' secrets volumes
# on its engine (use_engine first), or with -check only verify they are there: with
# no secrets file (a deploy job holds none), against what the last push recorded.
push_secrets() {
  local env=$1 f h; shift
  f=$(secrets_file "$env")
  if [ -z "$f" ] && [ "${1:-}" = -check ]; then
    opsmon secrets-push -env "$env" -check || die "environment $env: secrets not in place (see above). Nothing was applied."
    for h in ${HOSTS_IN_USE-$AGENT_HOSTS}; do
      (DOCKER_HOST=${h#*=} opsmon secrets-push -env "$env" -host "${h%%=*}" -check) \
        || die "environment $env: secrets not in place on host ${h%%=*} (see above). Nothing was applied."
    done
    return 0
  fi
  require_secrets_file "$env"
  # Receiver secrets shared with production are refused: compared with the file
  # OPSMON_COMPARE_SECRETS_FILE names, and with the fingerprints earlier pushes left.
  (opsmon secrets-push -env "$env" -file "$f" -fingerprints "$CACHE/secrets" \
    ${OPSMON_COMPARE_SECRETS_FILE:+-compare "$OPSMON_COMPARE_SECRETS_FILE"} "$@") \
    || die "environment $env: secrets not in place (see above). Nothing was applied."
  # The agents of each further host in use (use_engine), on that host's engine.
  for h in ${HOSTS_IN_USE-$AGENT_HOSTS}; do
    (DOCKER_HOST=${h#*=} opsmon secrets-push -env "$env" -host "${h%%=*}" -file "$f" "$@") \
      || die "environment $env: secrets not in place on host ${h%%=*} (see above). Nothing was applied."
  done
}
