#!/usr/bin/env bash
# make purge: the only path that deletes an environment's data volumes, and only the
# local environment's: staging's and production's hold history nobody can rebuild.
# OPSMON_PURGE_SCRATCH=NAME lets a test purge a scratch name that no environment uses.
source "$(dirname "$0")/lib.sh"
env=${1:?usage: purge.sh local}
case "$env" in
  local) ;;
  staging | production) die "purge deletes data volumes and accepts only local; $env's volumes are removed by hand on its host (docker volume rm), never by a script" ;;
  *) [ "${OPSMON_PURGE_SCRATCH:-}" = "$env" ] || die "purge accepts only local, not '$env'; run: make purge (or scripts/purge.sh local)" ;;
esac
vols=$(docker volume ls -q --filter "name=^opsmon-$env-")
# Helpers an interrupted make secrets-push left hold their secrets volume.
for v in $vols; do
  helpers=$(docker ps -aq --filter "label=opsmon.secrets-push-helper=$v")
  [ -z "$helpers" ] || docker rm -f $helpers >/dev/null
done
[ -n "$vols" ] && docker volume rm $vols
rm -f "$CACHE/secrets/$env.env"
echo "purged data volumes of $env: ${vols:-none}"
