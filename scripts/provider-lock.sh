#!/usr/bin/env bash
# make provider-lock: write .terraform.lock.hcl, the provider lock every stack's tofu init
# uses (place_provider_lock in lib.sh), from the provider setup built into the offline
# mirror. `-check [LOCK]` (a setup step) fails when the committed lock (or LOCK) and the
# mirror differ.
# The provider is built from source, so its h1: hash holds only while the build is
# reproducible: same module, Go toolchain (DOCKER_PROVIDER_GO), -trimpath,
# -buildvcs=false and ldflags.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/versions.sh"
cd "$ROOT"
provider=registry.terraform.io/kreuzwerker/docker
work=$(mktemp -d "$CACHE/tmp/provider-lock-XXXXXX")
trap 'rm -rf "$work"' EXIT
printf '{"terraform":{"required_providers":{"docker":{"source":"%s","version":"%s"}}}}\n' \
  "$provider" "$DOCKER_PROVIDER_VERSION" >"$work/main.tf.json"
tofu -chdir="$work" providers lock -no-color -fs-mirror="$MIRROR" -platform=linux_amd64 "$provider" \
  >"$CACHE/logs/provider-lock.log" 2>&1 \
  || die "tofu providers lock failed; see $CACHE/logs/provider-lock.log (run: scripts/setup.sh docker_provider tofu_config)"
if [ "${1:-}" = "-check" ]; then
  hashes() { grep -o '"h1:[^"]*"' "$1" | tr -d '"' | sort | tr '\n' ' '; }
  lock=${2:-.terraform.lock.hcl}
  want=$(hashes "$lock") got=$(hashes "$work/.terraform.lock.hcl")
  [ "$want" = "$got" ] || die "the docker provider in $MIRROR hashes to ${got% }, but $lock records ${want% }; tofu init will refuse it. If you changed DOCKER_PROVIDER_VERSION or its build on purpose, run: make provider-lock, and commit .terraform.lock.hcl. Otherwise this build differs (another Go than DOCKER_PROVIDER_GO in scripts/versions.sh, or other flags) or the mirror was altered: remove it and the docker_provider folder of the toolchain cache, then run scripts/setup.sh docker_provider."
  log "$lock matches the provider mirror (${got% })"
else
  cp "$work/.terraform.lock.hcl" .terraform.lock.hcl
  log ".terraform.lock.hcl written: $(grep -o '"h1:[^"]*"' .terraform.lock.hcl | tr -d '"')"
fi
