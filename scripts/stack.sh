#!/usr/bin/env bash
# scripts/stack.sh ACTION ENV [STACK...]: synth, diff, deploy or destroy an environment's
# stacks with the project's own toolchain (tofu, offline provider mirror, cdktf-cli).
# The local environment has no Grafana server, so only its host stack is applied.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/secrets.sh"
action=${1:?usage: stack.sh synth|diff|deploy|destroy ENV [STACK...]}
env=${2:-local}
shift 2 || shift $#
stacks=("$@")
if [ ${#stacks[@]} -eq 0 ]; then
  stacks=("$env-host")
  [ "$env" = local ] || stacks+=("$env-grafana")
fi
cd "$ROOT"
mkdir -p state
case "$action" in
  synth) cdktf synth ;;
  diff) load_secrets "$env"; cdktf diff "${stacks[@]}" ;;
  deploy) load_secrets "$env"; cdktf deploy "${stacks[@]}" --auto-approve ;;
  destroy)
    # Production's containers serve the on-call: destroying them takes an explicit yes.
    if [ "$env" = production ] && [ "${OPSMON_ALLOW_PRODUCTION_DESTROY:-}" != yes ]; then
      die "refusing to destroy production; set OPSMON_ALLOW_PRODUCTION_DESTROY=yes if you mean it (data volumes are kept either way)"
    fi
    load_secrets "$env"; cdktf destroy "${stacks[@]}" --auto-approve ;;
  # plan-check: a plan of the host stack against its state; prints "No changes" when empty.
  plan-check)
    load_secrets "$env"
    cdktf synth >/dev/null
    cd "cdktf.out/stacks/$env-host"
    tofu init -input=false >/dev/null
    tofu plan -input=false -lock=false -no-color ;;
  *) die "unknown action $action" ;;
esac
