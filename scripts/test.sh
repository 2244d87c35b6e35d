#!/usr/bin/env bash
# make test: every test, in phases. `scripts/test.sh unit` or `e2e` runs one phase.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
export OPSMON_REQUIRE_TOOLS=1 OPSMON_BIN="$BIN"
# cdktf's Testing API and the jsii runtime leave folders in TMPDIR: keep them in a
# throwaway folder of ours, emptied after the run.
export TMPDIR="$CACHE/tmp/test-$$"
mkdir -p "$TMPDIR"
trap 'rm -rf "$TMPDIR"' EXIT
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
  phase "e2e: deploy the local stack to the real Docker engine and break it"
  # Every test is parallel and waits for the parts it shares (e2e/share_test.go):
  # -parallel above the number of tests, so a test waiting for this machine's
  # engine never keeps one with an engine of its own from starting.
  OPSMON_WRITE_BENCH=1 go test -count=1 -tags e2e -timeout 60m -parallel 32 -v ./e2e
}

for p in "${phases[@]}"; do "run_$p"; done
log ""
log "all test phases passed: ${phases[*]}"
