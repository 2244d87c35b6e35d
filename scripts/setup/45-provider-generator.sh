# cdktf's binding generator (with the jsii compilers cdktf-cli 0.21.0 uses), from the
# committed package-lock: scripts/grafana-bindings.sh runs it. Kept in the toolchain
# cache like cdktf-cli (40-cdktf.sh).
GENERATOR_DIR="$ROOT/tools/provider-generator"
step_hint_provider_generator() { echo "about 30 s cold"; }
step_key_provider_generator() { npm_key provider_generator "$GENERATOR_DIR"; }
step_present_provider_generator() { [ -d "$GENERATOR_DIR/node_modules/@cdktf/provider-generator" ]; }
build_provider_generator() { npm_build "$GENERATOR_DIR" "$1"; }
verify_provider_generator() { [ -d "$1/node_modules/@cdktf/provider-generator" ]; }
step_run_provider_generator() { npm_link provider_generator "$GENERATOR_DIR"; }
