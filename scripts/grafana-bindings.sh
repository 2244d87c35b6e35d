#!/usr/bin/env bash
# make grafana-bindings: regenerate generated/grafana (typed Go bindings of the Grafana
# provider's resources the stack uses) from testdata/grafana-provider/provider_schema.json
# with cdktf's own generator. `-check` generates into a temporary folder and fails
# when the committed bindings differ (make test's static phase).
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
gen="$ROOT/tools/provider-generator"
[ -d "$gen/node_modules/@cdktf/provider-generator" ] || die "the binding generator is not installed; run: scripts/setup.sh provider_generator"
schema="$ROOT/testdata/grafana-provider/provider_schema.json"
module="github.com/magicunicorn/ops-center-monitoring/generated/grafana"
generate() { (cd "$gen" && node generate.js "$schema" "$1" "$module") >"$CACHE/logs/grafana-bindings.log" 2>&1 \
  || die "generating the Grafana bindings failed; see $CACHE/logs/grafana-bindings.log"; }
if [ "${1:-}" = "-check" ]; then
  out=$(mktemp -d "$CACHE/tmp/grafana-bindings-XXXXXX")
  trap 'rm -rf "$out"' EXIT
  generate "$out/grafana"
  diff -r "$out/grafana" generated/grafana >/dev/null \
    || die "generated/grafana differs from a fresh generation (schema or generator changed?); run: make grafana-bindings"
  log "generated/grafana matches a fresh generation"
else
  rm -rf generated/grafana
  generate "$ROOT/generated/grafana"
  log "generated/grafana regenerated"
fi
