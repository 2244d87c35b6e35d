# cdktf's binding generator (with the jsii compilers cdktf-cli 0.21.0 uses), from the
# committed package-lock: scripts/grafana-bindings.sh runs it.

step_hint_provider_generator() { echo "about 30 s cold"; }
step_key_provider_generator() { sha256sum "$ROOT/tools/provider-generator/package-lock.json" | cut -c1-16; }
step_present_provider_generator() { [ -d "$ROOT/tools/provider-generator/node_modules/@cdktf/provider-generator" ]; }
step_run_provider_generator() { (cd "$ROOT/tools/provider-generator" && npm ci --no-audit --no-fund); }
