#!/usr/bin/env bash
# make apply-plan ENV=... PLANS=DIR: apply exactly the saved plans a reviewer saw
# (scripts/plan.sh with OPSMON_PLAN_OUT=DIR), nothing re-planned. Refused when the
# plans were made for another environment or another tree than this checkout's;
# tofu itself refuses a plan whose state changed since (a stale plan).
source "$(dirname "$0")/lib.sh"
env=${1:?usage: apply-plan.sh ENV PLANS_DIR}
plans=${2:?usage: apply-plan.sh ENV PLANS_DIR}
cd "$ROOT"
plans=$(cd "$plans" && pwd) || die "PLANS=$2 is not a folder"
for f in env tree commit; do
  [ -s "$plans/$f" ] || die "$plans/$f is missing: PLANS must be a folder written by OPSMON_PLAN_OUT=DIR make plan ENV=$env"
done
[ "$(cat "$plans/env")" = "$env" ] || die "the plans in $plans are for environment $(cat "$plans/env"), not $env; nothing was applied"
tree=$(git rev-parse 'HEAD^{tree}')
[ "$(cat "$plans/tree")" = "$tree" ] || die "the plans in $plans were made from commit $(cat "$plans/commit") (tree $(cat "$plans/tree")), but this checkout is $(git rev-parse HEAD) (tree $tree): the code changed after the review. Plan again and review that; nothing was applied."
shopt -s nullglob
files=("$plans"/*.tfplan)
[ ${#files[@]} -gt 0 ] || die "no saved plan (*.tfplan) in $plans; nothing was applied"
source "$ROOT/scripts/secrets.sh"
source "$ROOT/scripts/engine.sh"
load_secrets "$env"         # state credentials from OPSMON_SECRETS_FILE, checked
# The Docker hosts of the reviewed stacks answer, their SSH host keys pinned.
use_engine "$env" $(for f in "${files[@]}"; do basename "$f" .tfplan; done)
push_secrets "$env" -check  # the containers' secrets are in place on the host
cdktf synth >/dev/null
for f in "${files[@]}"; do
  stack=$(basename "$f" .tfplan)
  dir="cdktf.out/stacks/$stack"
  [ -d "$dir" ] && [[ $stack == "$env"-* ]] || die "$f names no stack of environment $env; nothing more was applied"
  log "== apply the reviewed plan of $stack"
  place_provider_lock "$stack"
  (cd "$dir" && tofu init -input=false -no-color >"$CACHE/logs/apply-plan-init-$stack.log" 2>&1) \
    || die "tofu init of $stack failed; see $CACHE/logs/apply-plan-init-$stack.log"
  (cd "$dir" && tofu apply -input=false -no-color "$f") || die "applying the reviewed plan of $stack failed (a stale plan is refused: plan again)"
done
