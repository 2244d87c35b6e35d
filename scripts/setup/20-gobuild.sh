# Build Go programs from their upstream module zips at pinned versions (no network but the proxy).

# module_dir MODULE@VERSION -> prints the module's directory in the module cache.
module_dir() {
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && GOWORK=off GOFLAGS=-mod=mod go mod download -json "$1") \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])'
  rm -rf "$tmp"
}

# writable_copy MODULE@VERSION -> a writable copy of the module source (for go:embed placeholders).
writable_copy() {
  local src dst; src="$(module_dir "$1")"; dst="$CACHE/src/$(basename "$src")"
  if [ ! -d "$dst" ]; then mkdir -p "$CACHE/src"; cp -r "$src" "$dst"; chmod -R u+w "$dst"; fi
  echo "$dst"
}

promver() { echo "-s -w -X github.com/prometheus/common/version.Version=$1 -X github.com/prometheus/common/version.Branch=release -X github.com/prometheus/common/version.Revision=upstream"; }

step_hint_tofu() { echo "about 7 min cold"; }
step_key_tofu() { echo "$TOFU_VERSION"; }
step_present_tofu() { [ -x "$BIN/tofu" ]; }
step_run_tofu() {
  local dir; dir="$(module_dir "github.com/opentofu/opentofu@v$TOFU_VERSION")"
  (cd "$dir" && go build -trimpath -ldflags "-s -w -X github.com/opentofu/opentofu/version.dev=no" -o "$BIN/tofu" ./cmd/tofu)
}

step_hint_docker_provider() { echo "about 3 min cold"; }
step_key_docker_provider() { echo "$DOCKER_PROVIDER_MODULE"; }
step_present_docker_provider() {
  local r; for r in registry.opentofu.org registry.terraform.io; do
    [ -x "$MIRROR/$r/kreuzwerker/docker/$DOCKER_PROVIDER_VERSION/linux_amd64/terraform-provider-docker_v$DOCKER_PROVIDER_VERSION" ] || return 1
  done
}
step_run_docker_provider() {
  local dir out name="terraform-provider-docker_v$DOCKER_PROVIDER_VERSION"
  dir="$(module_dir "$DOCKER_PROVIDER_MODULE")"
  out="$MIRROR/registry.opentofu.org/kreuzwerker/docker/$DOCKER_PROVIDER_VERSION/linux_amd64"
  mkdir -p "$out" "${out/registry.opentofu.org/registry.terraform.io}"
  (cd "$dir" && go build -trimpath -ldflags "-s -w -X main.version=$DOCKER_PROVIDER_VERSION" -o "$out/$name" .)
  cp "$out/$name" "${out/registry.opentofu.org/registry.terraform.io}/$name"
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

step_hint_prometheus() { echo "about 8-13 min cold"; }
step_key_prometheus() { echo "$PROMETHEUS_MODULE"; }
step_present_prometheus() { [ -x "$BIN/prometheus" ] && [ -x "$BIN/promtool" ]; }
step_run_prometheus() {
  local dir; dir="$(module_dir "$PROMETHEUS_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "$(promver "$PROMETHEUS_VERSION")" -o "$BIN/" ./cmd/prometheus ./cmd/promtool)
}

step_hint_alertmanager() { echo "about 3 min cold"; }
step_key_alertmanager() { echo "$ALERTMANAGER_MODULE"; }
step_present_alertmanager() { [ -x "$BIN/alertmanager" ] && [ -x "$BIN/amtool" ]; }
step_run_alertmanager() {
  local dir; dir="$(writable_copy "$ALERTMANAGER_MODULE")"
  # The web UI is embedded from build output that module zips do not carry.
  for ui in elm mantine; do
    mkdir -p "$dir/ui/app/dist/$ui"
    [ -f "$dir/ui/app/dist/$ui/index.html" ] || echo '<html><body>UI not built</body></html>' >"$dir/ui/app/dist/$ui/index.html"
  done
  (cd "$dir" && go build -trimpath -ldflags "$(promver "$ALERTMANAGER_VERSION")" -o "$BIN/" ./cmd/alertmanager ./cmd/amtool)
}

step_hint_exporters() { echo "about 5 min cold"; }
step_key_exporters() { echo "$NODE_EXPORTER_MODULE $BLACKBOX_EXPORTER_MODULE $POSTGRES_EXPORTER_MODULE $REDIS_EXPORTER_MODULE"; }
step_present_exporters() { for b in node_exporter blackbox_exporter postgres_exporter redis_exporter; do [ -x "$BIN/$b" ] || return 1; done; }
step_run_exporters() {
  local dir
  dir="$(module_dir "$NODE_EXPORTER_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "$(promver "$NODE_EXPORTER_VERSION")" -o "$BIN/node_exporter" .)
  dir="$(module_dir "$BLACKBOX_EXPORTER_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "$(promver "$BLACKBOX_EXPORTER_VERSION")" -o "$BIN/blackbox_exporter" .)
  dir="$(module_dir "$POSTGRES_EXPORTER_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "$(promver "$POSTGRES_EXPORTER_VERSION")" -o "$BIN/postgres_exporter" ./cmd/postgres_exporter)
  dir="$(module_dir "$REDIS_EXPORTER_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "-s -w -X main.BuildVersion=v$REDIS_EXPORTER_VERSION" -o "$BIN/redis_exporter" .)
}
