#!/usr/bin/env bash
# make purge: the only path that deletes an environment's data volumes.
source "$(dirname "$0")/lib.sh"
env=${1:?usage: purge.sh ENV}
vols=$(docker volume ls -q --filter "name=^opsmon-$env-")
[ -n "$vols" ] && docker volume rm $vols
rm -f "$CACHE/secrets/$env.env"
echo "purged data volumes of $env: ${vols:-none}"
