# Shared paths and helpers for the setup and test scripts. Sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${OPSMON_CACHE:-$ROOT/.cache}"
BIN="$CACHE/bin"
MIRROR="$CACHE/provider-mirror"
mkdir -p "$BIN" "$CACHE/stamps" "$CACHE/logs" "$CACHE/tmp"
export PATH="$BIN:$ROOT/tools/cdktf-cli/node_modules/.bin:$PATH"
export CGO_ENABLED=0
# -buildvcs=false, as the Makefile sets it, so a script run by hand and one run by
# make give the toolchain cache the same keys; flags already set (a test's -overlay)
# are kept.
case " ${GOFLAGS:-} " in
  *" -buildvcs=false "*) ;;
  *) GOFLAGS="${GOFLAGS:+$GOFLAGS }-buildvcs=false" ;;
esac
export GOFLAGS
export GOWORK=off  # some upstream modules ship a go.work naming folders their zips lack
# The project's own CLI config: offline provider mirror, no checkpoint calls.
export TF_CLI_CONFIG_FILE="$CACHE/tofurc"
export TERRAFORM_BINARY_NAME=tofu
export CHECKPOINT_DISABLE=1
export CDKTF_SKIP_PROVIDER_LOCK=true
export CDKTF_DISABLE_PLUGIN_CACHE_ENV=1
export CDKTF_HOME="$CACHE/cdktf-home"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export DISABLE_VERSION_CHECK=1

log() { printf '%s\n' "$*" >&2; }

# place_provider_lock STACK...: the committed provider lock (.terraform.lock.hcl, written
# by make provider-lock) into each stack's folder before tofu init, over any left there,
# so init refuses a provider whose files do not hash as committed. cdktf synth keeps the
# files it finds in a stack's folder.
place_provider_lock() {
  local s
  for s in "$@"; do
    mkdir -p "$ROOT/cdktf.out/stacks/$s"
    cp "$ROOT/.terraform.lock.hcl" "$ROOT/cdktf.out/stacks/$s/.terraform.lock.hcl"
  done
}
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Prebuilt binaries of this checkout's Go commands, rebuilt only when a file of a
# Go package is newer than the binary: a check of about 20 ms where `go run` hashes
# every source (0.6 s) and `go build` relinks (0.8 s). Kept per checkout, since
# worktrees may share one OPSMON_CACHE.
BUILT="$CACHE/build/$(printf %s "$ROOT" | sha256sum | cut -c1-12)"

# fresh_build OUT PKG: build PKG into OUT unless OUT is newer than every file in the
# folders that hold Go packages (sources, embedded templates, go.mod, go.sum), and
# set FRESH to the binary to run. A build with -overlay in GOFLAGS (a test swapping
# a source) goes to a binary of its own, never taken as fresh.
fresh_build() {
  local out=$1 pkg=$2 newer=
  case " ${GOFLAGS:-} " in
    *" -overlay="*)
      out="$(dirname "$out")/overlay/$(basename "$out")"
      rm -f "$out" ;;
  esac
  FRESH=$out
  if [ -x "$out" ]; then
    # Top-level files other than Go sources, go.mod and go.sum (README, Makefile) and
    # folders without Go packages never rebuild it.
    newer=$(cd "$ROOT" && find . \( -path './.*' -o -path ./cdktf.out -o -path ./state -o -path ./docs -o -path ./monitoring \
      -o -path ./e2e -o -path ./tools -o -path ./integrations -o -path ./environments -o -path ./scripts -o -path ./images \) -prune \
      -o -type f -newer "$out" \( -path './*/*' -o -name '*.go' -o -name go.mod -o -name go.sum \) -print -quit)
    [ -n "$newer" ] || return 0
  fi
  mkdir -p "$(dirname "$out")"
  (cd "$ROOT" && go build -o "$out.$$" "$pkg") && mv -f "$out.$$" "$out"
}

# synth_env ENV: ENV's stacks into cdktf.out with the prebuilt app (no cdktf CLI),
# skipped when what the JSON is made of is unchanged since this function last wrote
# it: the app binary, the environment files, the metric inventory the app checks
# dashboards against, and AllowProductionDestroy (stacks/guard.go). Any other writer
# of cdktf.out (cdktf synth, deploy, destroy) leaves a JSON newer than the stamp,
# which synthesizes again.
synth_env() {
  local env=$1 key stamp s
  fresh_build "$BUILT/app" . || die "could not build the CDKTF app (see above)"
  # The binary by its path, size and modification time: fresh_build replaces it
  # whole, and hashing its 100 MB cost 0.3 s of every plan.
  key=$( { stat -c '%n %s %.9Y' "$FRESH"; cat "${OPSMON_ENV_DIR:-$ROOT/environments}"/*.yaml "$ROOT"/lint/inventory/*.txt \
    "$ROOT/integrations/fastapi/metrics_inventory.txt"; echo "${OPSMON_ALLOW_PRODUCTION_DESTROY:-}"; } 2>/dev/null | sha256sum)
  stamp="$ROOT/cdktf.out/.opsmon-synth-$env"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ]; then
    for s in $STACKS; do [ "$stamp" -nt "$ROOT/cdktf.out/stacks/$s/cdk.tf.json" ] || { s=stale; break; }; done
    [ "$s" = stale ] || return 0
  fi
  rm -f "$stamp"
  (cd "$ROOT" && OPSMON_SYNTH_ENVS=$env "$FRESH" >/dev/null) || return 1
  echo "$key" >"$stamp"
}

# init_once DIR: tofu init, skipped when DIR was initialized for the same backend,
# providers, lock file, CLI config and tofu: all a re-init could change.
init_once() {
  local dir=$1 stamp
  # tofu by its binary's path, size and time: `tofu version` cost 0.1 s.
  stamp=$( { jq -c .terraform "$dir/cdk.tf.json"; cat "$dir/.terraform.lock.hcl" "$TF_CLI_CONFIG_FILE" 2>/dev/null
    stat -L -c '%n %s %.9Y' "$(command -v tofu)"; } | sha256sum)
  if [ -d "$dir/.terraform" ] && [ "$(cat "$dir/.terraform/opsmon-init" 2>/dev/null)" = "$stamp" ]; then
    echo "init skipped: $dir is initialized for this backend, these providers and this tofu"
    return 0
  fi
  rm -f "$dir/.terraform/opsmon-init"
  (cd "$dir" && tofu init -input=false -no-color) && echo "$stamp" >"$dir/.terraform/opsmon-init"
}

# opsmon ARGS...: the project's helper CLI (cmd/opsmon), prebuilt.
# clear_orphans ENV STACK: what an interrupted apply left on the engine, outside the
# state (orphans/), removed or adopted before STACK is applied. First the state lock,
# taken and let go by a plan that reads no resource: an apply of the environment
# running now holds it, and what it has created is not in the state yet, so it must
# not be taken for what an interrupted apply left.
# Further arguments go to `opsmon orphans` (apply-plan: -keep-state).
clear_orphans() {
  local env=$1 s=$2 probe
  shift 2
  probe=$(mktemp "$CACHE/tmp/lock-$s-XXXXXX")
  if ! (cd "$ROOT/cdktf.out/stacks/$s" && tofu plan -refresh=false -input=false -no-color) >"$probe" 2>&1 \
    && grep -q "Error acquiring the state lock" "$probe"; then
    opsmon lock-hint -env "$env" -stack "$s" -dir "cdktf.out/stacks/$s" -log "$probe" || true
    rm -f "$probe"
    die "$s: another run holds its state lock (above); nothing was changed. Run the same command again once it is done."
  fi
  rm -f "$probe"
  opsmon orphans -env "$env" -dir "cdktf.out/stacks/$s" "$@" || die "$s: could not clear what an interrupted apply left (see above); nothing was applied"
}

# clear_stack_orphans ENV STACK [ARGS...]: clear_orphans for a stack that runs
# containers, on the engine it applies to: the environment's own for <env>-host,
# the further host's for <env>-agents-<host>; nothing for the others (Grafana's).
clear_stack_orphans() {
  local env=$1 s=$2 engine
  shift 2
  case "$s" in
    "$env-host") clear_orphans "$env" "$s" "$@" ;;
    "$env"-agents-*)
      engine=$(agent_engine "${s#"$env"-agents-}") || exit 1
      DOCKER_HOST=$engine clear_orphans "$env" "$s" "$@" ;;
  esac
}

opsmon() {
  fresh_build "$BUILT/opsmon" ./cmd/opsmon || die "could not build cmd/opsmon (see above)"
  (cd "$ROOT" && "$FRESH" "$@")
}
