#!/usr/bin/env bash
# make setup: idempotent. What it builds is kept in the toolchain cache outside the
# clone (scripts/setup/00-toolcache.sh), keyed by the pinned versions and every input
# of the build; each step of this clone is skipped when its stamp (.cache/stamps)
# holds the current key. Independent steps run side by side.
# Usage: scripts/setup.sh [step...]   (no step = all; named steps run one by one)
#        scripts/setup.sh --profile deploy   (only what a plan or an apply needs)
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/versions.sh"
# The components' versions and modules come from the model (model/releases.go),
# the one place they are pinned.
# The prebuilt opsmon (lib.sh): a 20 ms check when fresh, where go run hashes every
# source each time (0.5 s on every make target that sets up).
COMPONENT_VERSIONS=$(opsmon versions) \
  || die "could not read the component versions from the model (opsmon versions)"
eval "$COMPONENT_VERSIONS"
for f in "$ROOT"/scripts/setup/*.sh; do source "$f"; done

# Three phases: what every later step needs; then two lanes side by side, the Go
# builds one after another (CPU-bound: two at once were no faster on 2 cores, see
# docs/BENCHMARKS.md) beside the downloads (npm, pip, debootstrap: mostly waiting on
# the network); then what needs their output.
FIRST=(packages docker_engine)
BUILDS=(prometheus seaweedfs tofu docker_provider exporters alertmanager thanos actionlint act traefik)
DOWNLOADS=(debian_base cdktf_cli provider_generator python_venv python_venv_latest)
LAST=(tofu_config provider_lock docker_bindings images)
# A deploy machine (a CI plan or apply job, an operator's laptop) plans and applies
# against an engine elsewhere: OpenTofu, the provider, cdktf-cli, the docker and ssh
# clients. Nothing of the test bench (PostgreSQL, HAProxy, debootstrap, the
# Prometheus, Thanos and SeaweedFS builds, images), and no engine started here.
# The local stack (make up, make deploy ENV=local): the engine, what its images are
# built from (the demo image downloads its wheels with the venv's pip), and the
# deploy toolchain; none of the test tools (act, actionlint, Traefik, the newest
# Python packages' venv, the provider generator).
if [ "${1:-}" = --profile ]; then
  case "${2:-}" in
    deploy) FIRST=(deploy_packages) BUILDS=(tofu docker_provider) DOWNLOADS=(cdktf_cli) LAST=(tofu_config provider_lock) ;;
    stack) BUILDS=(prometheus seaweedfs tofu docker_provider exporters alertmanager thanos) DOWNLOADS=(debian_base cdktf_cli python_venv) ;;
    *) die "unknown setup profile '${2:-}'; the profiles are: deploy, stack" ;;
  esac
  shift 2
fi
TIMES="$CACHE/logs/setup-times.tsv"

# run_step STEP: skips it when done for its key, else runs it into its log. A step
# with step_stamped_STEP (images in the engine, packages) needs no stamp of this clone.
run_step() {
  local s=$1 key stamp="$CACHE/stamps/$1" t0
  key="$(step_key_$s)"
  if { [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ] || declare -F "step_stamped_$s" >/dev/null; } && step_present_$s; then
    log "  $s: cached"
    printf '%s\t0\tcached\n' "$s" >>"$TIMES"
    return 0
  fi
  local how=ran
  if [ -f "$TOOLCACHE/$s/$key/.complete" ]; then
    how=linked
    log "  $s: linking from the toolchain cache ..."
  else
    log "  $s: $(step_hint_$s) ..."
  fi
  t0=$(date +%s)
  if ! step_run_$s >"$CACHE/logs/setup-$s.log" 2>&1; then
    tail -n 30 "$CACHE/logs/setup-$s.log" >&2
    log "error: setup step '$s' failed; full log: $CACHE/logs/setup-$s.log"
    return 1
  fi
  printf '%s' "$key" >"$stamp"
  log "  $s: done in $(( $(date +%s) - t0 ))s"
  printf '%s\t%s\t%s\n' "$s" "$(( $(date +%s) - t0 ))" "$how" >>"$TIMES"
}

# run_lanes: the two lanes at once, each in order; fails after both ended if either failed.
run_lanes() {
  local failed=0 pids=()
  (for s in "${BUILDS[@]}"; do run_step "$s" || exit 1; done) &
  pids+=($!)
  (for s in "${DOWNLOADS[@]}"; do run_step "$s" || exit 1; done) &
  pids+=($!)
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  [ "$failed" = 0 ] || die "setup failed (see the step errors above)"
}

log "setup: toolchain cache $TOOLCACHE (set OPSMON_TOOLCACHE to move it)"
: >"$TIMES"
t_all=$(date +%s)
if [ $# -gt 0 ]; then
  for s in "$@"; do run_step "$s" || die "setup step '$s' failed"; done
else
  for s in "${FIRST[@]}"; do run_step "$s" || die "setup step '$s' failed"; done
  run_lanes
  for s in "${LAST[@]}"; do run_step "$s" || die "setup step '$s' failed"; done
fi
printf 'total\t%s\t-\n' "$(( $(date +%s) - t_all ))" >>"$TIMES"
log "setup: done in $(( $(date +%s) - t_all ))s"
