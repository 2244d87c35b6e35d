#!/usr/bin/env bash
# scripts/secrets-push.sh ENV: write ENV's secrets from OPSMON_SECRETS_FILE into the
# secrets volume of each container that reads them, on ENV's Docker host, over the
# same connection as the deploy. Prints container and file names, never values.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/secrets.sh"
source "$ROOT/scripts/engine.sh"
env=${1:?usage: secrets-push.sh ENV}
cd "$ROOT"
require_secrets_file "$env"
load_secrets "$env"
use_engine "$env"
# Helpers a killed push left go first: a deploy's own push leaves them alone, since
# another deploy may be using its helper.
push_secrets "$env" -remove-stale
