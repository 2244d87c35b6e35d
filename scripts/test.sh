#!/usr/bin/env bash
# make test: every test, in phases. `scripts/test.sh unit` or `e2e` runs one phase.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
export OPSMON_REQUIRE_TOOLS=1 OPSMON_BIN="$BIN"
# cdktf's Testing API and the jsii runtime leave folders in TMPDIR: keep them in a
# throwaway folder of ours, emptied after the run.
export TMPDIR="$CACHE/tmp/test-$$"
mkdir -p "$TMPDIR"
LANES=()
# An interrupted run ends the other e2e lanes too (each its group: the engine, its
# containers and the namespaces go with it).
trap 'for g in "${LANES[@]}"; do kill -TERM -- "-$g" 2>/dev/null; done; rm -rf "$TMPDIR"' EXIT
phases=("$@"); [ ${#phases[@]} -gt 0 ] || phases=(static unit python e2e)

phase() { log ""; log "== $1"; }

run_static() {
  phase "static: gofmt, go vet, rendered files and Grafana bindings in sync, shell syntax"
  local unformatted; unformatted=$(gofmt -l $(git ls-files '*.go' | grep -v '^generated/'))
  [ -z "$unformatted" ] || die "gofmt would change: $unformatted"
  go vet $(go list ./... | grep -v -e /generated/ -e /node_modules/)
  go run ./cmd/opsmon render -check
  scripts/grafana-bindings.sh -check
  for f in $(git ls-files '*.sh'); do bash -n "$f"; done
}

run_unit() {
  phase "unit: model, renderers, promtool/amtool checks, synth assertions, tofu validate"
  go test -count=1 $(go list ./... | grep -v -e /generated/ -e /e2e -e /node_modules/)
}

run_python() {
  phase "python: the FastAPI exporter on a real FastAPI app"
  scripts/test-python.sh
}

# E2E_LANES: how many lanes the e2e runs at once (e2e/share_test.go, laneOf).
E2E_LANES=4

run_e2e() {
  phase "e2e: deploy the local stack to real Docker engines and break it, in $E2E_LANES lanes"
  # One compiled binary, the lanes at once: lane 1 here, on this machine's engine;
  # each other in a copy of the tree on an engine of its own (scripts/e2e-lane.sh),
  # in its own process group, so it can be ended whole.
  local bin="$TMPDIR/e2e.test" n rc=() failed=
  go test -c -tags e2e -o "$bin" ./e2e
  # -parallel above the number of tests, so a test waiting for its lane's engine
  # never keeps one with an engine of its own from starting.
  local flags=(-test.v -test.count=1 -test.timeout 60m -test.parallel 32)
  export OPSMON_WRITE_BENCH=1 OPSMON_E2E_LANES=$E2E_LANES
  for ((n = 2; n <= E2E_LANES; n++)); do
    setsid scripts/e2e-lane.sh "$n" "$bin" "${flags[@]}" >"$CACHE/logs/e2e-lane$n.log" 2>&1 &
    LANES+=($!)
  done
  rc[1]=0
  local t0=$SECONDS
  (cd e2e && OPSMON_E2E_LANE=1 "$bin" "${flags[@]}") 2>&1 | tee "$CACHE/logs/e2e-lane1.log" || rc[1]=$?
  log "lane 1: done in $((SECONDS - t0))s"
  for ((n = 2; n <= E2E_LANES; n++)); do
    rc[n]=0
    wait "${LANES[n - 2]}" || rc[n]=$?
  done
  LANES=()
  for ((n = 2; n <= E2E_LANES; n++)); do
    log ""
    log "== e2e, lane $n ($CACHE/logs/e2e-lane$n.log)"
    cat "$CACHE/logs/e2e-lane$n.log"
  done
  log ""
  log "== e2e: each lane's tests (seconds from the lane's start; a test waiting for its lane's engine counts its wait)"
  for ((n = 1; n <= E2E_LANES; n++)); do
    grep -E '^--- (PASS|FAIL)' "$CACHE/logs/e2e-lane$n.log" | sed "s/^/lane $n: /" >&2 || true
    [ "${rc[n]}" = 0 ] || failed="$failed lane $n (exit ${rc[n]})"
  done
  [ -z "$failed" ] || die "e2e failed:$failed"
  log "e2e: all $E2E_LANES lanes passed"
}

for p in "${phases[@]}"; do "run_$p"; done
log ""
log "all test phases passed: ${phases[*]}"
