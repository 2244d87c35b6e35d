# The toolchain cache: what setup builds (binaries, node_modules, Python venvs) is kept
# outside the clone, under one folder per machine user, keyed by everything the build
# reads. A fresh clone on a machine that built the same key before links it in seconds.
# Override the folder with OPSMON_TOOLCACHE.
TOOLCACHE="${OPSMON_TOOLCACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/opsmon-toolchain}"
mkdir -p "$TOOLCACHE"

# toolcache_key NAME INPUT...: the key of NAME's artifact. Besides the given inputs
# (module@version, lock-file hashes), it covers the Go toolchain and platform and the
# text of build_NAME itself, so a changed flag or step builds anew.
toolcache_key() {
  local name=$1; shift
  {
    printf '%s\n' "$@"
    go env GOVERSION GOOS GOARCH
    echo "CGO_ENABLED=$CGO_ENABLED GOFLAGS=${GOFLAGS:-}"
    declare -f "build_$name"
  } | sha256sum | cut -c1-16
}

# toolcache_get NAME KEY: prints the folder holding NAME's artifact for KEY, running
# build_NAME DIR first when it is absent. The build runs in its final folder (Python
# venvs and node_modules remember their path) under a lock, so concurrent clones
# build a key once; a folder without its .complete mark is a crashed build, redone.
toolcache_get() {
  local name=$1 key=$2 dir="$TOOLCACHE/$1/$2"
  if [ -f "$dir/.complete" ]; then
    echo "$dir"
    return 0
  fi
  mkdir -p "$TOOLCACHE/$name"
  (
    flock 9
    if [ ! -f "$dir/.complete" ]; then
      rm -rf "$dir"; mkdir -p "$dir"
      # -e does not reach into a function called in a test, so verify_NAME checks
      # the build left what it should.
      if ! "build_$name" "$dir" >&2 || { declare -F "verify_$name" >/dev/null && ! "verify_$name" "$dir"; }; then
        rm -rf "$dir"; exit 1
      fi
      touch "$dir/.complete"
    fi
  ) 9>"$dir.lock" || return 1
  echo "$dir"
}

# toolcache_link SRC DEST FILE...: hard-links each file into DEST (a copy when SRC is
# on another filesystem), replacing what is there.
toolcache_link() {
  local src=$1 dest=$2 f; shift 2
  mkdir -p "$dest"
  for f in "$@"; do
    mkdir -p "$(dirname "$dest/$f")"
    ln -f "$src/$f" "$dest/$f" 2>/dev/null || cp -f "$src/$f" "$dest/$f"
  done
}

# Artifact steps: a step whose step_artifact_NAME prints its inputs and whose
# build_NAME DIR builds into DIR. Its files (step_files_NAME) are linked into
# step_dest_NAME (default $BIN). These generic step functions are defined for each.
artifact_step() {
  local s=$1
  declare -F "step_dest_$s" >/dev/null || eval "step_dest_$s() { echo \"\$BIN\"; }"
  eval "
verify_$s() { local f; for f in \$(step_files_$s); do [ -x \"\$1/\$f\" ] || { echo \"build left no \$f\" >&2; return 1; }; done; }
step_key_$s() { toolcache_key $s \$(step_artifact_$s); }
step_present_$s() { local f d; d=\$(step_dest_$s); for f in \$(step_files_$s); do [ -x \"\$d/\$f\" ] || return 1; done; }
step_run_$s() {
  local dir; dir=\$(toolcache_get $s \"\$(step_key_$s)\") || return 1
  toolcache_link \"\$dir\" \"\$(step_dest_$s)\" \$(step_files_$s)
}"
}
