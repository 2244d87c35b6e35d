# cdktf-cli from the committed package-lock, and the typed docker provider bindings.

step_hint_cdktf_cli() { echo "about 40 s cold"; }
step_key_cdktf_cli() { sha256sum "$ROOT/tools/cdktf-cli/package-lock.json" | cut -c1-16; }
step_present_cdktf_cli() { [ -x "$ROOT/tools/cdktf-cli/node_modules/.bin/cdktf" ]; }
step_run_cdktf_cli() { (cd "$ROOT/tools/cdktf-cli" && npm ci --no-audit --no-fund); }

# The bindings are committed under generated/ (exact 4.6.0 schema); this step
# regenerates them only when they are missing, e.g. after a provider bump.
step_hint_docker_bindings() { echo "about 20 s"; }
step_key_docker_bindings() { echo "$DOCKER_PROVIDER_VERSION"; }
step_present_docker_bindings() { [ -d "$ROOT/generated/kreuzwerker/docker" ]; }
step_run_docker_bindings() {
  [ -d "$ROOT/generated/kreuzwerker/docker" ] && return 0 # committed; delete the folder to regenerate
  (cd "$ROOT" && cdktf get --force)
}
