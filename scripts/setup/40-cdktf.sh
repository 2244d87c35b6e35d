# cdktf-cli from the committed package-lock, and the typed docker provider bindings.

# node_modules is built in the toolchain cache, keyed by the lock file and Node's
# version, and tools/cdktf-cli/node_modules links to it.
CDKTF_DIR="$ROOT/tools/cdktf-cli"
step_hint_cdktf_cli() { echo "about 40 s cold"; }
step_key_cdktf_cli() { toolcache_key cdktf_cli "$(sha256sum <"$CDKTF_DIR/package-lock.json")" "$(node --version)"; }
step_present_cdktf_cli() { [ -x "$CDKTF_DIR/node_modules/.bin/cdktf" ]; }
build_cdktf_cli() {
  cp "$CDKTF_DIR/package.json" "$CDKTF_DIR/package-lock.json" "$1/"
  (cd "$1" && npm ci --no-audit --no-fund)
}
verify_cdktf_cli() { [ -x "$1/node_modules/.bin/cdktf" ]; }
step_run_cdktf_cli() {
  local dir; dir=$(toolcache_get cdktf_cli "$(step_key_cdktf_cli)") || return 1
  rm -rf "$CDKTF_DIR/node_modules"
  ln -s "$dir/node_modules" "$CDKTF_DIR/node_modules"
}

# The bindings are committed under generated/ (exact 4.6.0 schema); this step
# regenerates them only when they are missing, e.g. after a provider bump.
step_hint_docker_bindings() { echo "about 20 s"; }
step_key_docker_bindings() { echo "$DOCKER_PROVIDER_VERSION"; }
step_present_docker_bindings() { [ -d "$ROOT/generated/kreuzwerker/docker" ]; }
step_run_docker_bindings() {
  [ -d "$ROOT/generated/kreuzwerker/docker" ] && return 0 # committed; delete the folder to regenerate
  (cd "$ROOT" && cdktf get --force)
}
