#!/usr/bin/env bash
# make test: every test, in phases. `scripts/test.sh unit` or `e2e` runs one phase.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
export OPSMON_REQUIRE_TOOLS=1 OPSMON_BIN="$BIN"
# cdktf's Testing API and the jsii runtime leave folders in TMPDIR: keep them in a
# throwaway folder of ours, emptied after the run.
export TMPDIR="$CACHE/tmp/test-$$"
mkdir -p "$TMPDIR"
LANE2=
# An interrupted run ends the second e2e lane too (its group: the engine, its
# containers and the namespaces go with it).
trap '[ -z "$LANE2" ] || kill -TERM -- "-$LANE2" 2>/dev/null; rm -rf "$TMPDIR"' EXIT
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

run_e2e() {
  phase "e2e: deploy the local stack to real Docker engines and break it, in two lanes"
  # One compiled binary, two lanes at once (e2e/share_test.go): the first here, on
  # this machine's engine; the second in a copy of the tree on an engine of its own
  # (scripts/e2e-lane.sh), its own process group, so it can be ended whole.
  local bin="$TMPDIR/e2e.test" lane2log="$CACHE/logs/e2e-lane2.log" rc1=0 rc2=0
  go test -c -tags e2e -o "$bin" ./e2e
  # -parallel above the number of tests, so a test waiting for its lane's engine
  # never keeps one with an engine of its own from starting.
  local flags=(-test.v -test.count=1 -test.timeout 60m -test.parallel 32)
  export OPSMON_WRITE_BENCH=1
  setsid scripts/e2e-lane.sh "$bin" "${flags[@]}" >"$lane2log" 2>&1 &
  LANE2=$!
  (cd e2e && OPSMON_E2E_LANE=1 "$bin" "${flags[@]}") || rc1=$?
  wait "$LANE2" || rc2=$?
  LANE2=
  log ""
  log "== e2e, second lane ($lane2log)"
  cat "$lane2log"
  [ "$rc1" = 0 ] && [ "$rc2" = 0 ] || die "e2e failed: first lane exit $rc1, second lane exit $rc2"
  log "e2e: both lanes passed"
}

for p in "${phases[@]}"; do "run_$p"; done
log ""
log "all test phases passed: ${phases[*]}"
