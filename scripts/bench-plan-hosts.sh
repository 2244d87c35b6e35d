#!/usr/bin/env bash
# scripts/bench-plan-hosts.sh: times `make plan ENV=local` with 0, 1, 2 and 4 further
# hosts (each a Docker engine of its own, started and removed by the benchmark, its
# agents deployed and destroyed) and writes docs/BENCHMARKS.md (plan-hosts). Needs
# make setup and the local stack down (make down). The full log: $CACHE/logs/bench-plan-hosts.log.
source "$(dirname "$0")/lib.sh"
cd "$ROOT/e2e"
mkdir -p "$CACHE/tmp/bench-plan-hosts" "$CACHE/logs"
log="$CACHE/logs/bench-plan-hosts.log"
rc=0
OPSMON_BENCH_PLAN_HOSTS=1 OPSMON_BIN=$BIN TMPDIR=$CACHE/tmp/bench-plan-hosts \
  go test -count=1 -tags e2e -run '^TestBenchPlanAsHostsGrow$' -timeout 40m -v . >"$log" 2>&1 || rc=$?
# The second engines' own logs are in the full log; the rest is shown.
grep -v 'level=' "$log" | tail -n 60
exit $rc
