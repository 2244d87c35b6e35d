#!/usr/bin/env bash
# scripts/bench-plan-hosts.sh: times `make plan ENV=local` with 0, 1, 2 and 4 further
# hosts (each a Docker engine of its own, started and removed by the benchmark) and
# writes docs/BENCHMARKS.md (plan-hosts). Needs make setup; touches no deployed stack.
source "$(dirname "$0")/lib.sh"
cd "$ROOT/e2e"
mkdir -p "$CACHE/tmp/bench-plan-hosts"
OPSMON_BENCH_PLAN_HOSTS=1 OPSMON_BIN=$BIN TMPDIR=$CACHE/tmp/bench-plan-hosts \
  go test -count=1 -tags e2e -run '^TestBenchPlanAsHostsGrow$' -timeout 40m -v . | tail -n 20
