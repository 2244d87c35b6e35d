#!/usr/bin/env bash
# make recreate ENV=staging: destroy and redeploy an environment's host stack in one
# command; prints how long it took and which data volumes were kept.
source "$(dirname "$0")/lib.sh"
env=${1:?usage: recreate.sh ENV}
[ "$env" != production ] || die "recreate destroys containers; production is never recreated by this command (deploy changes instead)"
cd "$ROOT"
before=$(docker volume ls -q --filter "name=^opsmon-$env-" | sort)
t0=$(date +%s)
scripts/stack.sh destroy "$env" "$env-host"
scripts/stack.sh deploy "$env" "$env-host"
secs=$(( $(date +%s) - t0 ))
after=$(docker volume ls -q --filter "name=^opsmon-$env-" | sort)
echo "recreated $env-host in ${secs}s"
[ "$env" = local ] || echo "$env-grafana not recreated here: apply it where Grafana and the grafana/grafana provider are reachable (make deploy ENV=$env)"
for v in $before; do
  if grep -qx "$v" <<<"$after"; then echo "data volume kept: $v"; else echo "data volume LOST: $v"; exit 1; fi
done
[ -n "$before" ] || echo "no data volumes existed before the recreate"
