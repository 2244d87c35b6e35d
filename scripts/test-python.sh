#!/usr/bin/env bash
# The FastAPI metrics package's pytest suite on both tested version sets, side by side: the spec
# set ($CACHE/venv, `scripts/setup.sh python_venv`) and the newest set ($CACHE/venv-latest,
# `scripts/setup.sh python_venv_latest`). Extra arguments go to pytest (e.g. -k multiprocess).
source "$(dirname "$0")/lib.sh"
cd "$ROOT/integrations/fastapi"
declare -A VENVS=([spec]=venv [latest]=venv-latest)
declare -A STEPS=([spec]=python_venv [latest]=python_venv_latest)
pids=()
for set in spec latest; do
  py="$CACHE/${VENVS[$set]}/bin/python"
  [ -x "$py" ] || die "no $set Python venv; run: scripts/setup.sh ${STEPS[$set]}"
  # Each set logs to its own file; both run at once (most of the time is waiting on servers).
  "$py" -m pytest -q -p no:cacheprovider tests "$@" >"$CACHE/logs/test-python-$set.log" 2>&1 &
  pids+=($!)
done
failed=()
i=0
for set in spec latest; do
  if wait "${pids[$i]}"; then log "python ($set set): $(tail -n 1 "$CACHE/logs/test-python-$set.log")"
  else cat "$CACHE/logs/test-python-$set.log" >&2; failed+=("$set"); fi
  i=$((i+1))
done
[ ${#failed[@]} -eq 0 ] || die "python tests failed on: ${failed[*]} (logs: $CACHE/logs/test-python-*.log)"
