#!/usr/bin/env bash
# Do two Go builds at once beat one after another on this machine? Cold builds of the
# exporters, actionlint and Alertmanager steps (empty Go build and toolchain caches,
# module cache warm), one at a time and two at a time, ROUNDS times interleaved.
# Prints each run with the load average; scripts/setup.sh runs Go builds one at a
# time beside the downloads because two at once were no faster (docs/BENCHMARKS.md).
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
V="$(go run ./cmd/opsmon versions)"
export V
for round in $(seq 1 "${ROUNDS:-2}"); do
  for jobs in 1 2; do
    d=$(mktemp -d "$CACHE/tmp/lanes-XXXXXX")
    t0=$(date +%s.%N)
    GOCACHE=$d/gocache OPSMON_TOOLCACHE=$d/tc OPSMON_CACHE=$d/cache JOBS=$jobs bash -c '
      source scripts/lib.sh; source scripts/versions.sh; eval "$V"
      for f in scripts/setup/*.sh; do source "$f"; done
      if [ "$JOBS" = 1 ]; then step_run_exporters && step_run_actionlint && step_run_alertmanager
      else step_run_exporters & step_run_actionlint && step_run_alertmanager; wait; fi' >"$d.log" 2>&1 \
      || die "build failed; see $d.log"
    echo "round $round, $jobs at a time: $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s, load average $(cut -d' ' -f1 /proc/loadavg)"
    chmod -R u+w "$d"; rm -rf "$d" "$d.log"
  done
done
