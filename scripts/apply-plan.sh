#!/usr/bin/env bash
# make apply-plan ENV=... PLANS=DIR DIGEST=sha256:...: apply exactly the saved plans
# a reviewer saw (scripts/plan.sh with OPSMON_PLAN_OUT=DIR), nothing re-planned, in
# the environment's order (hosts before Grafana). `opsmon plan-check` refuses plans
# made for another environment, tree or run than this checkout's, or that no longer
# hash to the digest reported when they were made (OPSMON_PLAN_DIGEST); tofu itself
# refuses a plan whose state changed since (a stale plan).
source "$(dirname "$0")/lib.sh"
env=${1:?usage: apply-plan.sh ENV PLANS_DIR}
plans=${2:?usage: apply-plan.sh ENV PLANS_DIR}
cd "$ROOT"
plans=$(cd "$plans" && pwd) || die "PLANS=$2 is not a folder"
stacks=$(opsmon plan-check -env "$env" -dir "$plans" -commit "$(git rev-parse HEAD)" \
  -tree "$(git rev-parse 'HEAD^{tree}')" -run "${GITHUB_RUN_ID:-local}" -digest "${OPSMON_PLAN_DIGEST:-}") || exit 1
source "$ROOT/scripts/secrets.sh"
source "$ROOT/scripts/engine.sh"
source "$ROOT/scripts/rolling.sh"
load_secrets "$env"         # the state's credentials, checked; CLUSTER_PEERS
# The Docker hosts of the reviewed stacks answer, their SSH host keys pinned.
use_engine "$env" $stacks
push_secrets "$env" -check  # the containers' secrets are as the last push left them
synth_env "$env" || die "could not synthesize environment $env (see above)"
work=$(mktemp -d "$CACHE/tmp/apply-plan-XXXXXX")
trap 'rm -rf "$work"' EXIT
for stack in $stacks; do
  dir="cdktf.out/stacks/$stack"
  f="$plans/$stack.tfplan"
  log "== apply the reviewed plan of $stack"
  place_provider_lock "$stack"
  (cd "$dir" && tofu init -input=false -no-color >"$CACHE/logs/apply-plan-init-$stack.log" 2>&1) \
    || die "tofu init of $stack failed; see $CACHE/logs/apply-plan-init-$stack.log"
  # An interrupted apply-plan leaves, as a deploy does, containers and networks the
  # state lacks: the next reviewed plan creates them again, so they go first, the
  # networks removed rather than adopted: the state, and so the plan, must not change.
  clear_stack_orphans "$env" "$stack" -keep-state
  # Clustered Alertmanager peers the plan replaces go one at a time, each back in the
  # cluster before the next (scripts/rolling.sh). That makes the saved plan stale:
  # the rest is planned again and applied only if the reviewed plan holds all of it.
  if [ "$stack" = "$env-host" ] && [ -n "${CLUSTER_PEERS:-}" ]; then
    (cd "$dir" && tofu show -json "$f") >"$work/reviewed.json"
    if [ -n "$(opsmon plan-rolls -env "$env" "$work/reviewed.json")" ]; then
      roll_peers "$env"
      (cd "$dir" && tofu plan -input=false -no-color -out="$work/rest.tfplan" >"$CACHE/logs/apply-plan-rest-$stack.log" 2>&1) \
        || die "planning the rest of $stack after the rolling replace failed; see $CACHE/logs/apply-plan-rest-$stack.log"
      (cd "$dir" && tofu show -json "$work/rest.tfplan") >"$work/rest.json"
      opsmon plan-covers "$work/reviewed.json" "$work/rest.json" || exit 1
      log "the peers were replaced one at a time; the rest of the reviewed plan follows"
      f="$work/rest.tfplan"
    fi
  fi
  (cd "$dir" && tofu apply -input=false -no-color "$f") || die "applying the reviewed plan of $stack failed (a stale plan is refused: plan again)"
done
