#!/usr/bin/env bash
# make setup: idempotent. Each step is skipped when its stamp (keyed by the pinned
# versions and the inputs it depends on) is present in .cache/stamps.
# Usage: scripts/setup.sh [step...]   (no step = all)
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/versions.sh"
# The components' versions and modules come from the model (model/releases.go),
# the one place they are pinned.
COMPONENT_VERSIONS=$(cd "$ROOT" && go run ./cmd/opsmon versions) \
  || die "could not read the component versions from the model (go run ./cmd/opsmon versions)"
eval "$COMPONENT_VERSIONS"
for f in "$ROOT"/scripts/setup/*.sh; do source "$f"; done

ALL_STEPS=(docker_engine leastpriv_packages tofu docker_provider tofu_config prometheus alertmanager exporters actionlint seaweedfs cdktf_cli python_venv docker_bindings images)
steps=("$@"); [ ${#steps[@]} -gt 0 ] || steps=("${ALL_STEPS[@]}")

n=0
for s in "${steps[@]}"; do
  n=$((n+1))
  key="$(step_key_$s)"
  stamp="$CACHE/stamps/$s"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ] && step_present_$s; then
    log "[$n/${#steps[@]}] $s: cached"
    continue
  fi
  log "[$n/${#steps[@]}] $s: $(step_hint_$s) ..."
  t0=$(date +%s)
  if ! step_run_$s >"$CACHE/logs/setup-$s.log" 2>&1; then
    tail -n 30 "$CACHE/logs/setup-$s.log" >&2
    die "setup step '$s' failed; full log: $CACHE/logs/setup-$s.log"
  fi
  printf '%s' "$key" >"$stamp"
  log "[$n/${#steps[@]}] $s: done in $(( $(date +%s) - t0 ))s"
done
