# Secrets for a deploy, sourced by stack.sh. They come from the environment
# (TF_VAR_<name>) or from the file OPSMON_SECRETS_FILE names (KEY=VALUE lines);
# the local environment generates its own once, into the git-ignored cache.
# Every required secret, and the state database's address, is checked before
# anything is planned or applied.

# describe_env ENV: load and validate the environment file (a bad file stops here,
# with its own message, before anything is synthesized) and set STATE_BACKEND,
# STACKS, SKIPPED_STACKS, SKIP_REASON and DATA_VOLUMES from it.
# Once per script: stack.sh describes before it resolves stacks, load_secrets again.
describe_env() {
  [ "${DESCRIBED_ENV:-}" != "$1" ] || return 0
  local facts
  facts=$(cd "$ROOT" && go run ./cmd/opsmon describe -env "$1") || die "environment $1 is not valid (see above); nothing was applied."
  eval "$facts"
  DESCRIBED_ENV=$1
}

load_secrets() {
  local env=$1 name need missing=()
  if [ "$env" = local ]; then
    local f="$CACHE/secrets/local.env"
    if [ ! -f "$f" ]; then
      # The PostgreSQL stand-in keeps the password it was first started with in its
      # data volume: a new password would lock the exporter and the demo out.
      if docker volume inspect opsmon-local-unicorn-postgresql-data >/dev/null 2>&1; then
        die "the data volume opsmon-local-unicorn-postgresql-data exists but its password ($f) does not (another checkout created it?). Run 'make purge' to start over with fresh data, or copy that checkout's .cache/secrets/local.env here."
      fi
      mkdir -p "$CACHE/secrets"; umask 077
      echo "TF_VAR_local_db_password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$f"
    fi
    set -a; source "$f"; set +a
  elif [ -n "${OPSMON_SECRETS_FILE:-}" ]; then
    [ -r "$OPSMON_SECRETS_FILE" ] || die "OPSMON_SECRETS_FILE=$OPSMON_SECRETS_FILE is not readable"
    set -a; source "$OPSMON_SECRETS_FILE"; set +a
  fi
  describe_env "$env"
  local list
  if [ "$STATE_BACKEND" = pg ] && [ -z "${PG_CONN_STR:-}" ] && [ -z "${PGHOST:-}" ]; then
    die "environment $env keeps its state in PostgreSQL (state.backend: pg): set PG_CONN_STR=postgres://USER:PASSWORD@HOST:5432/DB or the libpq variables PGHOST, PGUSER, PGPASSWORD, PGDATABASE. Nothing was applied."
  fi
  if [ "$STATE_BACKEND" = s3 ] && [ -z "${AWS_PROFILE:-}" ] && { [ -z "${AWS_ACCESS_KEY_ID:-}" ] || [ -z "${AWS_SECRET_ACCESS_KEY:-}" ]; }; then
    die "environment $env keeps its state in S3 (state.backend: s3): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) for the bucket, in the environment or in OPSMON_SECRETS_FILE. Nothing was applied."
  fi
  list=$(cd "$ROOT" && go run ./cmd/opsmon secrets -env "$env") || die "environment $env is not valid (see above); nothing was applied."
  while read -r name need; do
    [ "$need" = required ] || continue
    local var="TF_VAR_$name"
    [ -n "${!var:-}" ] || missing+=("$name")
  done <<<"$list"
  if [ ${#missing[@]} -gt 0 ]; then
    die "environment $env: missing secrets: ${missing[*]}. Export TF_VAR_<name> for each, or list them as TF_VAR_<name>=... in a file named by OPSMON_SECRETS_FILE. Nothing was applied."
  fi
  TF_VAR_docker_socket_gid="$(stat -c %g /var/run/docker.sock 2>/dev/null || echo 0)"
  export TF_VAR_docker_socket_gid
}
