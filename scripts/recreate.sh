#!/usr/bin/env bash
# make recreate ENV=staging: destroy and redeploy an environment in one command;
# prints how long it took and whether each data volume was kept. Production is
# never recreated (deploy changes to it instead).
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/secrets.sh"
source "$ROOT/scripts/engine.sh"
env=${1:?usage: recreate.sh ENV}
[ "$env" != production ] || die "recreate destroys containers; production is never recreated by this command (deploy changes instead)"
cd "$ROOT"
load_secrets "$env" # STACKS, SKIPPED_STACKS, SKIP_REASON, DATA_VOLUMES; the state's credentials
use_engine "$env"   # the volumes reported are those of the environment's own engine
before=" $(docker volume ls -q | tr '\n' ' ') "
t0=$(date +%s)
scripts/stack.sh destroy "$env" $STACKS
scripts/stack.sh deploy "$env" $STACKS
secs=$(( $(date +%s) - t0 ))
after=" $(docker volume ls -q | tr '\n' ' ') "
echo "recreated $STACKS in ${secs}s"
for s in $SKIPPED_STACKS; do echo "skipped $s: $SKIP_REASON"; done
lost=0
for v in $DATA_VOLUMES; do
  if [[ $before != *" $v "* ]]; then echo "data volume new: $v (did not exist before)"
  elif [[ $after == *" $v "* ]]; then echo "data volume kept: $v"
  else echo "data volume LOST: $v"; lost=1; fi
done
exit $lost
