#!/usr/bin/env bash
# make plan ENV=...: plan every stack of an environment against its state and print
# a summary a reviewer reads first (add/change/replace/destroy, data flagged loudly).
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/secrets.sh"
env=${1:-local}
cd "$ROOT"
load_secrets "$env"
cdktf synth >/dev/null
for stack in "$env-host" "$env-grafana"; do
  dir="cdktf.out/stacks/$stack"
  [ -d "$dir" ] || continue
  echo "== $stack"
  if ! (cd "$dir" && tofu init -input=false -no-color >"$CACHE/logs/plan-init-$stack.log" 2>&1); then
    echo "   not planned: tofu init failed (on a machine without the grafana/grafana provider this is expected); see $CACHE/logs/plan-init-$stack.log"
    continue
  fi
  (cd "$dir" && tofu plan -input=false -lock=false -no-color -out=plan.bin >"$CACHE/logs/plan-$stack.log" 2>&1) \
    || die "tofu plan of $stack failed; see $CACHE/logs/plan-$stack.log"
  (cd "$dir" && tofu show -json plan.bin >plan.json)
  go run ./cmd/opsmon plan-summary "$dir/plan.json"
done
