#!/usr/bin/env bash
# make plan ENV=...: plan each stack of an environment against its state and print
# the summary a reviewer reads first: add / change / replace / destroy, with any
# stateful container or data volume touched flagged loudly (!!! DATA).
# OPSMON_PLAN_OUT=DIR also keeps each saved plan as DIR/<stack>.tfplan, with the
# environment, commit, tree and run they were made from, for scripts/apply-plan.sh,
# and prints the folder's digest, which the apply must be given.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/secrets.sh"
source "$ROOT/scripts/engine.sh"
env=${1:-local}
cd "$ROOT"
load_secrets "$env" # validates ENV; sets STACKS, SKIPPED_STACKS, SKIP_REASON
use_engine "$env"   # the environment's Docker host answers, its SSH host key pinned
# The app binary itself, for this environment's stacks only: the cdktf CLI around it
# costs about 7 s and adds nothing a plan needs (docs/BENCHMARKS.md, plan-speed).
synth_env "$env" || die "could not synthesize environment $env (see above)"
place_provider_lock $STACKS
# A saved plan and its JSON hold state values (no secret: none is a Terraform input):
# a private folder, removed after.
work=$(mktemp -d "$CACHE/tmp/plan-XXXXXX")
trap 'rm -rf "$work"' EXIT
if [ -n "${OPSMON_PLAN_OUT:-}" ]; then
  # A saved plan names the commit it was made from: uncommitted changes would be
  # applied from a checkout that lacks them.
  git diff --quiet HEAD -- || die "the working tree has uncommitted changes (git status): commit them, then plan; a saved plan must be made from a commit. Nothing was planned."
  # What the plans were made from: apply-plan.sh refuses them for any other tree or run.
  opsmon plan-made -dir "$OPSMON_PLAN_OUT" -env "$env" -commit "$(git rev-parse HEAD)" \
    -tree "$(git rev-parse 'HEAD^{tree}')" -run "${GITHUB_RUN_ID:-local}"
fi
for stack in $SKIPPED_STACKS; do echo "== $stack: not planned: $SKIP_REASON"; done
for stack in $STACKS; do
  dir="cdktf.out/stacks/$stack"
  echo "== $stack (state: $STATE_BACKEND)"
  if ! init_once "$dir" >"$CACHE/logs/plan-init-$stack.log" 2>&1; then
    echo "   not planned: tofu init failed (without the grafana/grafana provider, as on an offline machine, this is expected); see $CACHE/logs/plan-init-$stack.log"
    continue
  fi
  # -detailed-exitcode: 0 when nothing would change, 2 when something would.
  rc=0
  (cd "$dir" && tofu plan -detailed-exitcode -input=false -lock=false -no-color -out="$work/$stack.plan" >"$CACHE/logs/plan-$stack.log" 2>&1) \
    || rc=$?
  if [ "$rc" != 0 ] && [ "$rc" != 2 ]; then
    # Its end here too: a CI job's .cache is gone with the runner.
    tail -n 25 "$CACHE/logs/plan-$stack.log" >&2
    die "tofu plan of $stack failed (its end above); the whole log: $CACHE/logs/plan-$stack.log"
  fi
  # OPSMON_PLAN_OUT keeps the saved plan for the deploy that applies exactly it.
  [ -z "${OPSMON_PLAN_OUT:-}" ] || install -D -m 0600 "$work/$stack.plan" "$OPSMON_PLAN_OUT/$stack.tfplan"
  if [ "$rc" = 0 ]; then
    # Nothing to read the changes from: tofu show would cost 0.3-0.5 s for an empty list.
    opsmon plan-summary -unchanged
    continue
  fi
  (cd "$dir" && tofu show -json "$work/$stack.plan" >"$work/$stack.json")
  opsmon plan-summary "$work/$stack.json"
done
# The digest the apply checks the folder against: reported here, never carried in it.
if [ -n "${OPSMON_PLAN_OUT:-}" ]; then
  echo "saved plans: $OPSMON_PLAN_OUT, digest $(opsmon plan-digest "$OPSMON_PLAN_OUT") (make apply-plan ENV=$env PLANS=$OPSMON_PLAN_OUT DIGEST=<this digest>)"
fi
