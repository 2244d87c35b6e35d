# cdktf-cli from the committed package-lock, and the typed docker provider bindings.

# node_modules of a tools/ package is built in the toolchain cache, keyed by its lock
# file and Node's version, and the package's node_modules links to it.
npm_key() { toolcache_key "$1" "$(sha256sum <"$2/package-lock.json")" "$(node --version)"; }
npm_build() { cp "$1/package.json" "$1/package-lock.json" "$2/" && (cd "$2" && npm ci --no-audit --no-fund); }
# npm_link STEP DIR: DIR/node_modules -> the cached build of STEP.
npm_link() {
  local dir; dir=$(toolcache_get "$1" "$(step_key_$1)") || return 1
  rm -rf "$2/node_modules"
  ln -s "$dir/node_modules" "$2/node_modules"
}

CDKTF_DIR="$ROOT/tools/cdktf-cli"
step_hint_cdktf_cli() { echo "about 40 s cold"; }
step_key_cdktf_cli() { npm_key cdktf_cli "$CDKTF_DIR"; }
step_present_cdktf_cli() { [ -x "$CDKTF_DIR/node_modules/.bin/cdktf" ]; }
build_cdktf_cli() { npm_build "$CDKTF_DIR" "$1"; }
verify_cdktf_cli() { [ -x "$1/node_modules/.bin/cdktf" ]; }
step_run_cdktf_cli() { npm_link cdktf_cli "$CDKTF_DIR"; }

# The bindings are committed under generated/ (exact 4.6.0 schema); this step
# regenerates them only when they are missing, e.g. after a provider bump.
step_hint_docker_bindings() { echo "about 20 s"; }
step_key_docker_bindings() { echo "$DOCKER_PROVIDER_VERSION"; }
step_present_docker_bindings() { [ -d "$ROOT/generated/kreuzwerker/docker" ]; }
step_run_docker_bindings() {
  [ -d "$ROOT/generated/kreuzwerker/docker" ] && return 0 # committed; delete the folder to regenerate
  (cd "$ROOT" && cdktf get --force)
}
