#!/usr/bin/env bash
# scripts/stack.sh ACTION ENV [STACK...]: synth, diff, deploy or destroy an environment's
# stacks with the project's own toolchain (tofu, offline provider mirror, cdktf-cli).
# A STACK may be a pattern as cdktf takes them ('staging-*'); without one, the
# environment's stacks, less its Grafana stack where Grafana does not run (locally),
# named with the reason.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/secrets.sh"
source "$ROOT/scripts/engine.sh"
source "$ROOT/scripts/rolling.sh"
action=${1:?usage: stack.sh synth|diff|deploy|destroy|plan-check ENV [STACK...]}
env=${2:-local}
shift 2 || shift $#
cd "$ROOT"
mkdir -p state

# resolve_stacks ENV [PATTERN...]: the stack names, each pattern expanded over the
# app's stacks as cdktf does; every one must belong to ENV.
resolve_stacks() {
  local env=$1 all p n found; shift
  all=$(opsmon stacks) || return 1
  for p in "$@"; do
    found=
    for n in $all; do
      # shellcheck disable=SC2053 # $p is a glob pattern on purpose
      if [[ $n == $p ]]; then
        [[ $n == "$env"-* ]] || { log "error: stack $n is not one of environment $env's; run: scripts/stack.sh $action ${n%-*} $n"; return 1; }
        echo "$n"; found=1
      fi
    done
    [ -n "$found" ] || { log "error: no stack matches '$p'; the stacks are: $(echo $all)"; return 1; }
  done
}

# clear_stale_endpoints: a network that still lists an endpoint of a removed
# container (moby/moby#43286) is cleared by a forced disconnect of that endpoint.
clear_stale_endpoints() {
  local net ep
  for net in $STACK_NETWORKS; do
    for ep in $(docker network inspect -f '{{range .Containers}}{{.Name}} {{end}}' "$net" 2>/dev/null); do
      log "destroy failed; disconnecting endpoint $ep from $net, then trying once more"
      docker network disconnect -f "$net" "$ep" >/dev/null 2>&1 || true
    done
  done
}

# explain_stuck_networks: name each network Docker refuses to remove with nothing
# attached, and the only fix there is.
explain_stuck_networks() {
  local net n
  for net in $STACK_NETWORKS; do
    n=$(docker network inspect -f '{{len .Containers}}' "$net" 2>/dev/null) || continue
    [ "$n" = 0 ] || { log "network $net still has $n container(s) attached: docker network inspect $net"; continue; }
    log "Docker refuses to remove network $net although no container is attached: its endpoint count drifted (a Docker 20.10 race, moby/moby#42119). Restart the Docker daemon (systemctl restart docker), then run this destroy again; the containers are gone and the data volumes are kept."
  done
}

stacks=()
if [ "$action" != synth ]; then
  describe_env "$env" # validates ENV; sets STACKS, SKIPPED_STACKS, SKIP_REASON
  if [ $# -gt 0 ]; then
    list=$(resolve_stacks "$env" "$@") || exit 1
    read -r -a stacks <<<"$(echo $list)"
  else
    read -r -a stacks <<<"$STACKS"
    [ -z "$SKIPPED_STACKS" ] || log "skipping $SKIPPED_STACKS: $SKIP_REASON"
  fi
  if [ "$action" = destroy ]; then
    # Production's containers serve the on-call: destroying them takes an explicit yes.
    # Checked here before any secret or state is touched; the app's guard resource
    # (stacks/guard.go) refuses the same, in the same words, when cdktf is run directly.
    for s in "${stacks[@]}"; do
      if [[ $s == production-* ]] && [ "${OPSMON_ALLOW_PRODUCTION_DESTROY:-}" != yes ]; then
        die "refusing to destroy $s; set OPSMON_ALLOW_PRODUCTION_DESTROY=yes if you mean it (data volumes are kept either way)"
      fi
    done
  fi
  load_secrets "$env"
  use_engine "$env" "${stacks[@]}"
  if [ "$action" = deploy ]; then
    # The local environment's secrets are generated: place them. Elsewhere they are
    # placed by make secrets-push; the deploy only checks they are there.
    if [ "$env" = local ]; then push_secrets "$env"; else push_secrets "$env" -check; fi
  fi
fi

# deploy and destroy: the app binary's JSON for this environment (plan.sh does the same).
case "$action" in deploy | destroy) synth_env "$env" || die "could not synthesize environment $env (see above)" ;; esac
place_provider_lock "${stacks[@]}"
# Colour for a terminal, plain text for logs and CI.
NO_COLOR=; [ -t 1 ] || NO_COLOR=-no-color

case "$action" in
  # Every environment's stacks, from the prebuilt app: the JSON cdktf synth writes,
  # without the CLI around it (docs/BENCHMARKS.md, plan-speed).
  synth)
    fresh_build "$BUILT/app" . || die "could not build the CDKTF app (see above)"
    OPSMON_SYNTH_ENVS= "$FRESH" ;;
  diff)
    # cdktf diff takes exactly one stack: one diff per stack, each under its name.
    failed=()
    for s in "${stacks[@]}"; do
      echo "== cdktf diff $s"
      cdktf diff "$s" || failed+=("$s")
    done
    [ ${#failed[@]} -eq 0 ] || die "diff failed for: ${failed[*]}" ;;
  deploy)
    # Clustered Alertmanagers are replaced one at a time first (scripts/rolling.sh).
    if [ -n "${CLUSTER_PEERS:-}" ] && [[ " ${stacks[*]} " == *" $env-host "* ]]; then roll_peers "$env"; fi
    # tofu on the app's JSON, as plan.sh: the cdktf CLI around it adds a synth and a
    # second refresh, about 7 s, and nothing the apply needs. Stacks in the order
    # describe gives them: agents and host before Grafana.
    for s in "${stacks[@]}"; do
      echo "== $s: apply"
      init_once "cdktf.out/stacks/$s" || die "tofu init of $s failed (see above)"
      clear_stack_orphans "$env" "$s"
      # Its output is kept to say, when the state lock stopped it, who holds it.
      out=$(mktemp "$CACHE/tmp/apply-$s-XXXXXX")
      if ! (cd "cdktf.out/stacks/$s" && tofu apply -input=false -auto-approve $NO_COLOR) 2>&1 | tee "$out"; then
        opsmon lock-hint -env "$env" -stack "$s" -dir "cdktf.out/stacks/$s" -log "$out" || true
        rm -f "$out"
        die "the apply of $s failed (see above); what it applied is in the state, run the same command again"
      fi
      rm -f "$out"
    done ;;
  destroy)
    # One resource at a time: Docker 20.10 loses a network's endpoint count when
    # containers on it stop and are removed at the same moment, and then refuses to
    # remove the empty network until the daemon restarts (scripts/bench-network-race.sh;
    # docs/BENCHMARKS.md, docker-network-race). In reverse order: Grafana first.
    for ((i = ${#stacks[@]} - 1; i >= 0; i--)); do
      s=${stacks[i]} dir="cdktf.out/stacks/${stacks[i]}"
      echo "== $s: destroy"
      init_once "$dir" || die "tofu init of $s failed (see above)"
      if ! (cd "$dir" && tofu destroy -input=false -auto-approve -parallelism=1 $NO_COLOR); then
        clear_stale_endpoints
        (cd "$dir" && tofu destroy -input=false -auto-approve -parallelism=1 $NO_COLOR) || { explain_stuck_networks; exit 1; }
      fi
    done ;;
  # plan-check: a plan of the host stack against its state; prints "No changes" when empty.
  # Only this environment's stacks are synthesized: a synth of every environment
  # rewrote the staging JSON another run was deploying from.
  plan-check)
    synth_env "$env" || die "could not synthesize environment $env (see above)"
    init_once "cdktf.out/stacks/$env-host" >/dev/null || die "tofu init of $env-host failed"
    cd "cdktf.out/stacks/$env-host"
    tofu plan -input=false -lock=false -no-color ;;
  *) die "unknown action $action" ;;
esac
