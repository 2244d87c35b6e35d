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
load_secrets "$env"         # the state's credentials, checked
# The Docker hosts of the reviewed stacks answer, their SSH host keys pinned.
use_engine "$env" $stacks
push_secrets "$env" -check  # the containers' secrets are as the last push left them
fresh_build "$BUILT/app" . || die "could not build the CDKTF app (see above)"
OPSMON_SYNTH_ENVS=$env "$FRESH" >/dev/null
for stack in $stacks; do
  dir="cdktf.out/stacks/$stack"
  f="$plans/$stack.tfplan"
  log "== apply the reviewed plan of $stack"
  place_provider_lock "$stack"
  (cd "$dir" && tofu init -input=false -no-color >"$CACHE/logs/apply-plan-init-$stack.log" 2>&1) \
    || die "tofu init of $stack failed; see $CACHE/logs/apply-plan-init-$stack.log"
  (cd "$dir" && tofu apply -input=false -no-color "$f") || die "applying the reviewed plan of $stack failed (a stale plan is refused: plan again)"
done
