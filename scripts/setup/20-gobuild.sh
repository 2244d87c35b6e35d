# Go programs built from their upstream module zips at pinned versions (no network
# but the proxy), into the toolchain cache (00-toolcache.sh) and linked into .cache/.

# module_dir MODULE@VERSION -> prints the module's directory in the module cache.
module_dir() {
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && GOWORK=off GOFLAGS=-mod=mod go mod download -json "$1") \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])'
  rm -rf "$tmp"
}

# writable_copy MODULE@VERSION DIR -> a writable copy of the module source in DIR (for
# go:embed placeholders); prints DIR.
writable_copy() {
  local src; src="$(module_dir "$1")"
  cp -r "$src" "$2"; chmod -R u+w "$2"
  echo "$2"
}

promver() { echo "-s -w -X github.com/prometheus/common/version.Version=$1 -X github.com/prometheus/common/version.Branch=release -X github.com/prometheus/common/version.Revision=upstream"; }

step_hint_tofu() { echo "about 7-13 min cold"; }
step_artifact_tofu() { echo "github.com/opentofu/opentofu@v$TOFU_VERSION"; }
step_files_tofu() { echo tofu; }
build_tofu() {
  local dir; dir="$(module_dir "$(step_artifact_tofu)")"
  (cd "$dir" && go build -trimpath -ldflags "-s -w -X github.com/opentofu/opentofu/version.dev=no" -o "$1/tofu" ./cmd/tofu)
}

# The provider sits in the offline mirror under both registry names.
step_hint_docker_provider() { echo "about 3-7 min cold"; }
# Built with the project's patch (tools/docker-provider): a new patch is a new build.
DOCKER_PROVIDER_PATCH="$ROOT/tools/docker-provider/shorter-waits.patch"
step_artifact_docker_provider() { echo "$DOCKER_PROVIDER_MODULE $DOCKER_PROVIDER_GO patch-$(sha256sum <"$DOCKER_PROVIDER_PATCH" | cut -c1-12)"; }
docker_provider_file() { echo "terraform-provider-docker_v$DOCKER_PROVIDER_VERSION"; }
step_files_docker_provider() {
  local r; for r in registry.opentofu.org registry.terraform.io; do
    echo "$r/kreuzwerker/docker/$DOCKER_PROVIDER_VERSION/linux_amd64/$(docker_provider_file)"
  done
}
step_dest_docker_provider() { echo "$MIRROR"; }
build_docker_provider() {
  local dir f; dir="$(writable_copy "$DOCKER_PROVIDER_MODULE" "$1/src")"
  # DOCKER_PROVIDER_PATCH= builds it as upstream does (scripts/bench-plan.sh's before columns).
  [ -z "$DOCKER_PROVIDER_PATCH" ] || patch -d "$dir" -p1 --forward --no-backup-if-mismatch --quiet <"$DOCKER_PROVIDER_PATCH" \
    || { echo "tools/docker-provider/shorter-waits.patch no longer applies to $DOCKER_PROVIDER_MODULE: update the patch for this version, or drop it if upstream no longer waits" >&2; return 1; }
  (cd "$dir" && GOTOOLCHAIN="$DOCKER_PROVIDER_GO" go build -trimpath -ldflags "-s -w -X main.version=$DOCKER_PROVIDER_VERSION" -o "$1/$(docker_provider_file)" .)
  rm -rf "$dir"
  for f in $(step_files_docker_provider); do
    mkdir -p "$1/$(dirname "$f")"; ln "$1/$(docker_provider_file)" "$1/$f"
  done
  rm "$1/$(docker_provider_file)"
}

step_hint_prometheus() { echo "about 8-18 min cold"; }
step_artifact_prometheus() { echo "$PROMETHEUS_MODULE"; }
step_files_prometheus() { echo prometheus promtool; }
build_prometheus() {
  local dir; dir="$(module_dir "$PROMETHEUS_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "$(promver "$PROMETHEUS_VERSION")" -o "$1/" ./cmd/prometheus ./cmd/promtool)
}

step_hint_alertmanager() { echo "about 3-4 min cold"; }
step_artifact_alertmanager() { echo "$ALERTMANAGER_MODULE"; }
step_files_alertmanager() { echo alertmanager amtool; }
build_alertmanager() {
  local dir ui; dir="$(writable_copy "$ALERTMANAGER_MODULE" "$1/src")"
  # The web UI is embedded from build output that module zips do not carry.
  for ui in elm mantine; do
    mkdir -p "$dir/ui/app/dist/$ui"
    [ -f "$dir/ui/app/dist/$ui/index.html" ] || echo '<html><body>UI not built</body></html>' >"$dir/ui/app/dist/$ui/index.html"
  done
  (cd "$dir" && go build -trimpath -ldflags "$(promver "$ALERTMANAGER_VERSION")" -o "$1/" ./cmd/alertmanager ./cmd/amtool)
  rm -rf "$dir"
}

step_hint_exporters() { echo "about 4-5 min cold"; }
step_artifact_exporters() { echo "$NODE_EXPORTER_MODULE $BLACKBOX_EXPORTER_MODULE $POSTGRES_EXPORTER_MODULE $REDIS_EXPORTER_MODULE"; }
step_files_exporters() { echo node_exporter blackbox_exporter postgres_exporter redis_exporter; }
build_exporters() {
  local dir
  dir="$(module_dir "$NODE_EXPORTER_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "$(promver "$NODE_EXPORTER_VERSION")" -o "$1/node_exporter" .)
  dir="$(module_dir "$BLACKBOX_EXPORTER_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "$(promver "$BLACKBOX_EXPORTER_VERSION")" -o "$1/blackbox_exporter" .)
  dir="$(module_dir "$POSTGRES_EXPORTER_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "$(promver "$POSTGRES_EXPORTER_VERSION")" -o "$1/postgres_exporter" ./cmd/postgres_exporter)
  dir="$(module_dir "$REDIS_EXPORTER_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "-s -w -X main.BuildVersion=v$REDIS_EXPORTER_VERSION" -o "$1/redis_exporter" .)
}

# Thanos: sidecar, Query, Store Gateway and Compactor of the HA bench (issue 12),
# one binary. Its module declares a newer Go than this machine's (THANOS_GO). The
# tags are its release build's (.promu.yml): without slicelabels its zero-copy label
# conversions read Prometheus's labels in the wrong layout and the sidecar panics.
step_hint_thanos() { echo "about 3-5 min cold"; }
step_artifact_thanos() { echo "$THANOS_MODULE $THANOS_GO"; }
step_files_thanos() { echo thanos; }
build_thanos() {
  local dir; dir="$(GOTOOLCHAIN="$THANOS_GO" module_dir "$THANOS_MODULE")"
  (cd "$dir" && GOTOOLCHAIN="$THANOS_GO" go build -trimpath -tags netgo,slicelabels -ldflags "$(promver "$THANOS_VERSION")" -o "$1/thanos" ./cmd/thanos)
}

# actionlint validates the pull-request workflow in make test.
step_hint_actionlint() { echo "about 30 s cold"; }
step_artifact_actionlint() { echo "$ACTIONLINT_MODULE"; }
step_files_actionlint() { echo actionlint; }
build_actionlint() {
  local dir; dir="$(module_dir "$ACTIONLINT_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "-s -w" -o "$1/actionlint" ./cmd/actionlint)
}

# act runs .github/workflows as written, on this host, in make test (e2e/act_test.go).
step_hint_act() { echo "about 1-3 min cold"; }
step_artifact_act() { echo "$ACT_MODULE"; }
step_files_act() { echo act; }
build_act() {
  local dir; dir="$(module_dir "$ACT_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "-s -w" -o "$1/act" .)
}

# SeaweedFS's weed: the S3-compatible server the e2e test keeps staging's state in
# (e2e/s3state_test.go). Only the tests run it, on 127.0.0.1. `go install` refuses the
# module (replace directives), so it is built inside the module.
step_hint_seaweedfs() { echo "about 4-18 min cold"; }
step_artifact_seaweedfs() { echo "$SEAWEEDFS_MODULE"; }
step_files_seaweedfs() { echo weed; }
build_seaweedfs() {
  local dir; dir="$(module_dir "$SEAWEEDFS_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "-s -w" -o "$1/weed" ./weed)
}

# Traefik: the product's edge on the e2e bench. Its web UI is embedded from build
# output the module zip does not carry: an empty placeholder (routing needs none).
step_hint_traefik() { echo "about 5-6 min cold"; }
step_artifact_traefik() { echo "$TRAEFIK_MODULE"; }
step_files_traefik() { echo traefik; }
build_traefik() {
  local dir; dir="$(writable_copy "$TRAEFIK_MODULE" "$1/src")"
  mkdir -p "$dir/webui/static"
  [ -n "$(ls -A "$dir/webui/static" 2>/dev/null)" ] || echo '<html><body>UI not built</body></html>' >"$dir/webui/static/index.html"
  (cd "$dir" && go build -trimpath -ldflags "-s -w" -o "$1/traefik" ./cmd/traefik)
  rm -rf "$dir"
}

for s in tofu docker_provider prometheus alertmanager exporters thanos actionlint act seaweedfs traefik; do artifact_step "$s"; done

# A tofu already on PATH at the pinned version is used as it is: a deploy machine
# that has one need not build another.
eval "$(declare -f step_run_tofu | sed '1s/step_run_tofu/step_build_tofu/')"
step_run_tofu() {
  local t; t=$(PATH="${PATH//$BIN:/}" command -v tofu 2>/dev/null) || true
  if [ -n "$t" ] && [ "$t" != "$BIN/tofu" ] && [ "$("$t" version 2>/dev/null | head -n 1)" = "OpenTofu v$TOFU_VERSION" ]; then
    ln -sf "$t" "$BIN/tofu"
    return 0
  fi
  step_build_tofu
}

step_hint_tofu_config() { echo "instant"; }
step_key_tofu_config() { echo "$MIRROR"; }
step_present_tofu_config() { [ -f "$TF_CLI_CONFIG_FILE" ]; }
step_run_tofu_config() {
  cat >"$TF_CLI_CONFIG_FILE" <<CFG
disable_checkpoint = true
provider_installation {
  filesystem_mirror {
    path    = "$MIRROR"
    include = ["registry.opentofu.org/kreuzwerker/docker", "registry.terraform.io/kreuzwerker/docker"]
  }
  direct {
    exclude = ["registry.opentofu.org/kreuzwerker/docker", "registry.terraform.io/kreuzwerker/docker"]
  }
}
CFG
}

# The committed .terraform.lock.hcl must hold the h1: hash of the provider just built
# (scripts/provider-lock.sh -check); a differing build fails here, with what to do,
# rather than at the first tofu init. Checked again whenever the lock or the binary changes:
# the binary by its size, time and inode (hashing its 2 x 75 MB took 0.55 s on every
# make target; tofu init checks its hash at each init anyway).
step_hint_provider_lock() { echo "instant"; }
step_key_provider_lock() {
  local f; { cat "$ROOT/.terraform.lock.hcl"; for f in $(step_files_docker_provider); do stat -L -c '%n %s %.9Y %i' "$MIRROR/$f"; done; } 2>/dev/null | sha256sum | cut -c1-16
}
step_present_provider_lock() { true; }
step_run_provider_lock() { "$ROOT/scripts/provider-lock.sh" -check; }
